package de.willkommensakademie.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
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
    @Autowired
    ApplicationContext context;

    TestAuthority authority;
    TestAuthority other;

    /** Role-plays are authored and played in an authority of the class's own; "another authority" is a further one. */
    @BeforeEach
    void twoAuthorities() {
        authority = TestAuthority.of(context, getClass());
        other = TestAuthority.of(context, getClass(), "b");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void someone_elses_attempt_and_another_authoritys_role_play_read_as_not_found() {
        SignedIn.as(accounts, authority.trainer());
        long rolePlay = RolePlayFixtures.published(library, "Zz Zugriff im Rollenspiel", "Zz Access in a role-play");
        SignedIn.as(accounts, authority.employee());
        long attempt = RolePlayFixtures.startOnly(play, rolePlay).attemptId();

        for (Person stranger : List.of(this.other.admin(), this.other.employee(), authority.manager(),
                authority.admin(), authority.trainer())) {
            String other = stranger.username();
            SignedIn.as(accounts, other);
            assertThatThrownBy(() -> play.review(attempt)).as(other).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> play.choose(attempt, 0)).as(other).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> play.proceed(attempt)).as(other).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> play.back(attempt)).as(other).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> play.reflect(attempt, "Nicht meins")).as(other)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(play.myAttempts()).as(other).noneMatch(summary -> summary.attemptId() == attempt);
        }
        SignedIn.as(accounts, other.employee());
        assertThat(play.playable()).noneMatch(summary -> summary.id() == rolePlay);
        assertThatThrownBy(() -> play.start(rolePlay)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> play.resumeOrStart(rolePlay)).isInstanceOf(RecordNotFoundException.class);

        SignedIn.as(accounts, authority.employee());
        assertThat(play.resumeOrStart(rolePlay).attemptId()).as("the own unfinished attempt goes on")
                .isEqualTo(attempt);
    }

    @Test
    void own_attempts_and_playable_role_plays_agree_with_single_records() {
        SignedIn.as(accounts, authority.trainer());
        long rolePlay = RolePlayFixtures.published(library, "Zz Liste und Einzelnes", "Zz List and single");
        for (Person player : List.of(authority.employee(), authority.manager())) {
            SignedIn.as(accounts, player);
            RolePlayFixtures.startOnly(play, rolePlay);
        }
        List<Long> allAttempts = jdbc.queryForList("select id from scenario_attempt", Long.class);
        List<Long> allScenarios = jdbc.queryForList("select id from scenario", Long.class);

        for (Person viewer : List.of(authority.employee(), authority.manager(), authority.admin(), other.admin(),
                other.employee())) {
            String username = viewer.username();
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
            assertThat(playable.contains(rolePlay)).as(username)
                    .isEqualTo(!viewer.equals(other.admin()) && !viewer.equals(other.employee()));
        }
    }
}
