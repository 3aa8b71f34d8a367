package de.willkommensakademie.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link ScenarioAccess} as the rule it guards: an attempt belongs to its player alone (another authority's person, a
 * colleague, the manager and the administrator all get not found), an unshared role-play of another authority cannot be
 * played, and the lists (own attempts, playable role-plays) agree with the single records because they share one
 * predicate.
 */
@SpringBootTest
@ActiveProfiles("test")
class ScenarioAccessTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ScenarioLibrary library;
    @Autowired
    ScenarioPlay play;
    @Autowired
    ScenarioAccess access;
    @Autowired
    ScenarioAttemptRepository attempts;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void someone_elses_attempt_and_another_authoritys_role_play_read_as_not_found() {
        SignedIn.as(accounts, "trainer");
        long rolePlay = RolePlayFixtures.published(library, "Zz Zugriff im Rollenspiel", "Zz Access in a role-play");
        SignedIn.as(accounts, "employee");
        long attempt = RolePlayFixtures.startOnly(play, rolePlay).attemptId();

        for (String other : new String[] {"admin2", "m.koch", "manager", "admin", "trainer"}) {
            SignedIn.as(accounts, other);
            assertThatThrownBy(() -> play.review(attempt)).as(other).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> play.choose(attempt, 0)).as(other).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> play.proceed(attempt)).as(other).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> play.back(attempt)).as(other).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> play.reflect(attempt, "Nicht meins")).as(other)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(play.myAttempts()).as(other).noneMatch(summary -> summary.attemptId() == attempt);
        }
        SignedIn.as(accounts, "m.koch");
        assertThat(play.playable()).noneMatch(summary -> summary.id() == rolePlay);
        assertThatThrownBy(() -> play.start(rolePlay)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> play.resumeOrStart(rolePlay)).isInstanceOf(RecordNotFoundException.class);

        SignedIn.as(accounts, "employee");
        assertThat(play.resumeOrStart(rolePlay).attemptId()).as("the own unfinished attempt goes on")
                .isEqualTo(attempt);
    }

    @Test
    void own_attempts_and_playable_role_plays_agree_with_single_records() {
        SignedIn.as(accounts, "trainer");
        long rolePlay = RolePlayFixtures.published(library, "Zz Liste und Einzelnes", "Zz List and single");
        for (String player : new String[] {"employee", "manager"}) {
            SignedIn.as(accounts, player);
            RolePlayFixtures.startOnly(play, rolePlay);
        }
        List<Long> allAttempts = jdbc.queryForList("select id from scenario_attempt", Long.class);
        List<Long> allScenarios = jdbc.queryForList("select id from scenario", Long.class);

        for (String username : new String[] {"employee", "manager", "admin", "admin2", "m.koch"}) {
            long me = SignedIn.as(accounts, username).accountId();
            List<ScenarioAttempt> own = attempts.findAll(access.ownAttempts());
            assertThat(own).as(username).allMatch(attempt -> attempt.employeeId() == me);
            List<Long> listed = own.stream().map(ScenarioAttempt::getId).toList();
            assertThat(play.myAttempts()).extracting(AttemptSummary::attemptId).as(username)
                    .containsExactlyInAnyOrderElementsOf(listed);
            for (long attempt : allAttempts) {
                if (listed.contains(attempt)) {
                    assertThat(access.ownAttempt(attempt).getId()).as(username).isEqualTo(attempt);
                } else {
                    assertThatThrownBy(() -> access.ownAttempt(attempt)).as(username + " " + attempt)
                            .isInstanceOf(RecordNotFoundException.class);
                }
            }
            List<Long> playable = play.playable().stream().map(ScenarioSummary::id).toList();
            for (long scenario : allScenarios) {
                if (playable.contains(scenario)) {
                    assertThat(access.usable(scenario).getId()).as(username).isEqualTo(scenario);
                } else {
                    assertThatThrownBy(() -> access.usable(scenario)).as(username + " " + scenario)
                            .isInstanceOf(RecordNotFoundException.class);
                }
            }
            assertThat(playable.contains(rolePlay)).as(username).isEqualTo(!username.equals("admin2")
                    && !username.equals("m.koch"));
        }
    }
}
