package de.willkommensakademie.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.StatementCount;
import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.AssignmentTarget;
import de.willkommensakademie.learning.Assignments;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 18: the daily reminder jobs, which every start runs once too ({@link RemindersAtStartup}), read set-based: the
 * same statements whether 5 or 50 people are due, and sending the new notices adds only batched inserts, not one
 * statement per notice. On the demo data alone a run with everything sent already (as at most starts) needed 320
 * statements before (a lookup per person and a dedupe check per notice) and 26 after; the jobs still read a few per
 * authority, so the count here depends on the authorities other test classes created before, not on team size.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(StatementCount.Config.class)
class RemindersAtStartupStatementsTest {

    @Autowired
    RemindersAtStartup atStartup;
    @Autowired
    Assignments assignments;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_run_of_the_reminder_jobs_needs_as_many_statements_for_50_people_due_as_for_5() {
        TestAuthority authority = TestAuthority.of(context, getClass());
        long module = jdbc.queryForObject(
                "select id from learning_module where module_key = 'de-escalation-safety' and authority_id is null",
                Long.class);
        LocalDate due = LocalDate.now(clock).plusDays(1);
        SignedIn.as(accounts, authority.trainer());
        assignments.assign(AssignedKind.MODULE, module, AssignmentTarget.TEAM, authority.teamId(), true, due, null,
                null);
        SignedIn.nobody();
        atStartup.runOnce();
        long few = statementsOfOneRun();

        List<Person> added = authority.growTeamNord(context, 50);
        long sending = statementsOfOneRun();
        long many = statementsOfOneRun();

        assertThat(added).hasSizeGreaterThanOrEqualTo(40);
        assertThat(many).as("everything sent already, as at most starts").isEqualTo(few);
        assertThat(sending).as("the new people's notices are inserted in batches").isLessThanOrEqualTo(few + 3);
        for (Person person : added) {
            assertThat(jdbc.queryForObject("select count(*) from notice where recipient_id = ? and dedupe_key = ?",
                    Integer.class, person.id(), "learning-due-" + module + "-" + due)).as(person.username())
                    .isEqualTo(1);
        }
    }

    private long statementsOfOneRun() {
        List<String> sql = StatementCount.during(atStartup::runOnce);
        return sql.size();
    }
}
