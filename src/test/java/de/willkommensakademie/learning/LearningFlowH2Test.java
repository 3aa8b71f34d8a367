package de.willkommensakademie.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.notice.NoticeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The learning flow on the embedded default database. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class LearningFlowH2Test extends LearningFlowContract {

    @Autowired
    NoticeService notices;

    @Test
    void the_daily_reminder_jobs_ran_at_start_up_so_the_first_day_already_shows_a_training_reminder() {
        // The demo data assigns "interpreters" to front office 5 days after the assignment, i.e. after this start.
        // Counted from the day the start-up job wrote the notice, not from today: a run may cross midnight.
        SignedIn.as(accounts, "employee");
        assertThat(notices.mine()).anyMatch(notice -> notice.messageKey().equals("notice.learning-due")
                && notice.arguments().getFirst().equals("Dolmetschen, Videodolmetschen und einfache Sprache")
                && notice.arguments().contains(LocalDate.ofInstant(notice.createdAt(), ZoneId.systemDefault())
                        .plusDays(5)));
        for (String job : new String[] {"learning-reminders", "onboarding-reminders", "certificate-reminders"}) {
            assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class, job))
                    .as("%s ran under its lock", job).isEqualTo(1);
        }
    }
}
