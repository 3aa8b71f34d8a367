package de.willkommensakademie.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.assessment.RoundAnswers.GroupAnswers;
import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.assessment.RoundAnswers.Scale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo rounds of ABH Musterstadt: an ended one with enough answers for results, and a running one the demo employee
 * can still answer; every counter adds up to the respondents, as real answers would.
 */
@SpringBootTest
@ActiveProfiles("test")
class DemoAssessmentTest {

    @Autowired
    AssessmentRounds rounds;
    @Autowired
    Answering answering;
    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void musterstadt_has_an_ended_round_with_results_and_a_running_one_the_employee_can_answer() {
        SignedIn.as(accounts, "admin");
        List<RoundInfo> demo = rounds.list(PageRequest.of(0, 10));
        assertThat(demo).extracting(RoundInfo::status).containsExactly(RoundStatus.RUNNING, RoundStatus.ENDED,
                RoundStatus.ENDED);
        RoundInfo running = demo.getFirst();
        RoundInfo ended = demo.get(1);
        RoundInfo earlier = demo.get(2);
        assertThat(ended.respondents()).isEqualTo(DemoAssessment.ENDED_RESPONDENTS);
        assertThat(earlier.respondents()).isEqualTo(DemoAssessment.EARLIER_RESPONDENTS);
        assertThat(rounds.previousComparable(ended.id())).map(RoundInfo::id).contains(earlier.id());
        assertThat(running.respondents()).isEqualTo(DemoAssessment.RUNNING_RESPONDENTS).isLessThan(running.asked());
        assertThat(rounds.previousComparable(running.id())).map(RoundInfo::id).contains(ended.id());

        RoundAnswers answers = rounds.answers(ended.id());
        assertThat(answers.comments()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(answers.groups()).extracting(GroupAnswers::kind).contains(GroupKind.ALL, GroupKind.TEAM);
        for (GroupAnswers group : answers.groups()) {
            assertThat(group.asked()).isGreaterThanOrEqualTo(5);
            for (Map.Entry<String, RoundAnswers.StatementCounts> statement : group.byStatement().entrySet()) {
                for (Scale scale : Scale.values()) {
                    int[] counts = statement.getValue().of(scale);
                    assertThat(counts[0] + counts[1] + counts[2] + counts[3] + counts[4] + counts[5])
                            .as(group.kind() + " " + statement.getKey() + " " + scale).isEqualTo(group.respondents());
                }
            }
        }

        SignedIn.as(accounts, "employee");
        assertThat(answering.myOpenRounds()).extracting(OpenRound::roundId).containsExactly(running.id());
    }
}
