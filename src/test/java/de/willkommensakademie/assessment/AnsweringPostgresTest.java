package de.willkommensakademie.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.OnPostgres;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Answering on real PostgreSQL: drafts, the one submission and the counters it adds to; and that PostgreSQL's own
 * bookkeeping does not give the link away: every row remembers the transaction that last wrote it ({@code xmin}),
 * so a comment must not share it with the participation row of the person who wrote it.
 */
@SpringBootTest
@OnPostgres
class AnsweringPostgresTest extends AnsweringTest {

    @Test
    void no_participation_row_keeps_the_transaction_id_of_an_earlier_submissions_comment() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "xmin");
        SignedIn.as(accounts, authority.admin());
        RoundInfo round = rounds.start(new RoundForm(questionnaires.newestShippedVersionId(AssessmentRoundsTest.SHIPPED)
                .orElseThrow(), "Runde", true, null, null, LocalDate.now(), LocalDate.now().plusDays(7), null));
        for (TestAuthority.Person person : List.of(authority.employee(), authority.buddy())) {
            SignedIn.as(accounts, person);
            answering.submit(round.id(), answering.open(round.id()).version(), new AnswerSheet(Map.of(),
                    Map.of(Cornerstone.NETWORKING, "Kommentar von " + person.lastName())));
        }

        String first = jdbc.queryForObject("select xmin::text from assessment_comment where round_id = ? and text = ?",
                String.class, round.id(), "Kommentar von " + authority.employee().lastName());
        List<String> participations = jdbc.queryForList("select distinct xmin::text from assessment_participation"
                + " where round_id = ?", String.class, round.id());
        assertThat(participations).as("all rows rewritten by the last submission").hasSize(1)
                .doesNotContain(first);
    }
}
