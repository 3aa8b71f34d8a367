package de.willkommensakademie.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.AssignmentTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo action plan of ABH Musterstadt: actions from the ended demo round owned by the manager and the
 * administrator, one of which assigned its linked module to the manager's team; the running round's results show them
 * beside the statements they addressed.
 */
@SpringBootTest
@ActiveProfiles("test")
class DemoActionsTest {

    @Autowired
    ActionPlan plan;
    @Autowired
    AssessmentRounds rounds;
    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void the_demo_plan_has_actions_from_the_ended_round_one_assigning_a_module_to_a_team() {
        SignedIn.as(accounts, "admin");
        List<RoundInfo> demo = rounds.list(PageRequest.of(0, 10));
        RoundInfo running = demo.getFirst();
        RoundInfo ended = demo.get(1);
        List<ActionRow> actions = plan.find(Set.of(), false, PageRequest.of(0, 20)).stream()
                .filter(action -> action.roundId() == ended.id()).toList();
        assertThat(actions).hasSize(3);
        assertThat(actions).extracting(ActionRow::ownerName).containsOnly("Katrin Vogel", "Thomas Becker");
        assertThat(actions).flatExtracting(ActionRow::assigned).singleElement().satisfies(assigned -> {
            assertThat(assigned.kind()).isEqualTo(AssignedKind.MODULE);
            assertThat(assigned.contentKey()).isEqualTo("intercultural-communication");
            assertThat(assigned.target()).isEqualTo(AssignmentTarget.TEAM);
        });
        assertThat(actions).extracting(ActionRow::status).contains(ActionStatus.IN_PROGRESS, ActionStatus.OPEN);

        assertThat(plan.addressing(ended.id())).containsOnlyKeys("sb-leitbild-gemeinsam");

        Map<String, List<ActionSummary>> beside = plan.addressing(running.id());
        assertThat(beside).containsKeys("ko-interkulturell-geschult", "ae-formulare-mehrsprachig", "bo-wartezeit");

        SignedIn.as(accounts, "manager");
        assertThat(plan.myPending()).extracting(ActionSummary::title).contains(
                "Interkulturelle Schulung für das Team", "Wartezeiten am Schalter messen und veröffentlichen");
    }
}
