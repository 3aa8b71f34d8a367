package de.willkommensakademie.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.scenario.ScenarioContent.NodeType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Playing the shipped scenarios through the service: every ending, the event, and privacy of attempts. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class ScenarioPlayTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ScenarioPlay play;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ScenarioResults results;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /** Played by a person of the class's own authority, so the demo people's attempts stay as the demo left them. */
    private TestAuthority ownAuthority() {
        return TestAuthority.of(context, getClass());
    }

    @Test
    void every_shipped_scenario_can_be_played_to_each_of_its_endings() {
        SignedIn.as(accounts, ownAuthority().employee());
        List<ScenarioSummary> scenarios = play.playable();
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(8);
        for (ScenarioSummary summary : scenarios) {
            Play first = play.start(summary.id());
            for (ScenarioContent.Node ending : first.content().nodes()) {
                if (ending.type() != NodeType.ENDING) {
                    continue;
                }
                Play played = playTo(summary.id(), ending.id());
                assertThat(played.ended()).as(summary.key() + " → " + ending.id()).isTrue();
                assertThat(played.state().node()).isEqualTo(ending.id());
                assertThat(played.best().total()).isGreaterThanOrEqualTo(
                        played.state().scores().values().stream().mapToInt(Integer::intValue).sum());
                assertThat(events.stream(ScenarioCompleted.class)
                        .filter(e -> e.scenarioId() == summary.id() && e.ending().equals(ending.id()))).isNotEmpty();
            }
        }
    }

    @Test
    void attempts_and_reflections_are_private_to_the_player() {
        TestAuthority authority = ownAuthority();
        SignedIn.as(accounts, authority.employee());
        ScenarioSummary scenario = play.playable().getFirst();
        Play started = play.start(scenario.id());
        play.reflect(started.attemptId(), "Ich hätte früher nach dem Termin fragen sollen.");
        assertThat(play.review(started.attemptId()).reflection()).startsWith("Ich hätte");
        assertThatThrownBy(() -> play.reflect(started.attemptId(), "x".repeat(4001)))
                .isInstanceOf(UserFacingException.class);

        for (Person other : List.of(authority.manager(), authority.trainer(), authority.admin(), authority.buddy())) {
            SignedIn.as(accounts, other);
            assertThatThrownBy(() -> play.review(started.attemptId())).as(other.username())
                    .isInstanceOf(RecordNotFoundException.class);
        }
    }

    @Test
    void trainers_see_counts_only_from_five_players_and_managers_only_how_many_finished() {
        // a further authority where nobody else plays, its manager leading five active people
        TestAuthority players = TestAuthority.of(context, getClass(), "b").managerLeadsTeamOstToo(context);
        SignedIn.as(accounts, players.employee());
        ScenarioSummary scenario = play.playable().get(1);
        String ending = play.start(scenario.id()).content().nodes().stream()
                .filter(node -> node.type() == NodeType.ENDING).findFirst().orElseThrow().id();
        List<Person> six = new ArrayList<>(players.managersFive());
        six.add(players.outsider());
        for (Person person : six) {
            SignedIn.as(accounts, person);
            playTo(scenario.id(), ending);
            SignedIn.as(accounts, players.trainer());
            ScenarioStatistics statistics = results.statistics(scenario.id());
            if (statistics.players() < ScenarioResults.MIN_PLAYERS) {
                assertThat(statistics.shown()).as("after " + person.username()).isFalse();
            } else {
                assertThat(statistics.endings()).containsKey(ending);
                assertThat(statistics.choices()).isNotEmpty();
            }
        }
        SignedIn.as(accounts, players.trainer());
        assertThat(results.statistics(scenario.id()).players()).isEqualTo(6);

        SignedIn.as(accounts, players.manager());
        ScenarioStatistics.TeamOutcomes outcomes = results.myTeamsOutcomes();
        ScenarioStatistics.TeamOutcome outcome = outcomes.rows().stream()
                .filter(row -> row.scenarioId() == scenario.id()).findFirst().orElseThrow();
        // Five people of the manager's teams finished (Team Süd's does not count): a count from five on is shown;
        // endings are results, never shown.
        assertThat(outcome.finished().fewerThanMin()).isFalse();
        assertThat(outcome.finished().value()).isEqualTo(5);
        assertThat(outcomes.outcomesShown()).isFalse();
        assertThat(outcome.byOutcome()).isEmpty();
        assertThatThrownBy(() -> results.statistics(scenario.id()))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, players.employee());
        assertThatThrownBy(() -> results.myTeamsOutcomes())
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Finds a way to the ending with the engine, then plays it through the service. */
    private Play playTo(long scenarioId, String ending) {
        Play current = play.start(scenarioId);
        List<Integer> path = ScenarioPaths.to(current.content(), ending);
        for (Integer step : path) {
            current = step == null ? play.proceed(current.attemptId()) : play.choose(current.attemptId(), step);
        }
        return current;
    }
}
