package de.willkommensakademie.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.audit.AccessHistory;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditFilter;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.learning.AssignmentTarget;
import de.willkommensakademie.learning.Assignments;
import de.willkommensakademie.notice.NoticeItem;
import de.willkommensakademie.notice.NoticeService;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.visibility.PresetSwitch;
import de.willkommensakademie.visibility.VisibilityPreset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Remind from the matrix: a notice per overdue or soon-due item, at most once per person and item in seven days,
 * audited and in the person's access log; refused for someone who left and under "totals only". In an authority of
 * the class's own, so counts start at zero and nobody has to be deactivated and put back.
 */
@SpringBootTest
@ActiveProfiles("test")
class TeamRemindersTest {

    @Autowired
    TeamReminders reminders;
    @Autowired
    TeamReminderRepository sent;
    @Autowired
    NoticeService notices;
    @Autowired
    AccessHistory accessHistory;
    @Autowired
    AuditLog audit;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    ApplicationContext context;

    private TestAuthority authority;
    private Person manager;

    /**
     * The class's own authority, where Team Nord has one soon-due item: a recommended module due five days after
     * today's assignment.
     */
    @BeforeAll
    static void assignASoonDueModule(@Autowired ApplicationContext context, @Autowired Assignments assignments,
            @Autowired UserDetailsService accounts, @Autowired JdbcTemplate jdbc) {
        TestAuthority authority = TestAuthority.of(context, TeamRemindersTest.class);
        long module = jdbc.queryForObject("""
                select id from learning_module where module_key = 'interpreters-plain-language'
                and authority_id is null""", Long.class);
        SignedIn.as(accounts, authority.trainer());
        assignments.assign(module, AssignmentTarget.TEAM, authority.teamId(), false, null, null, 5);
        SignedIn.nobody();
    }

    @BeforeEach
    void ownAuthority() {
        authority = TestAuthority.of(context, getClass());
        manager = authority.manager();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_reminder_reaches_the_person_once_in_seven_days_and_is_audited() {
        Person employee = authority.employee();
        SignedIn.as(accounts, manager);
        TeamReminders.Outcome first = reminders.remind(List.of(employee.id()));
        assertThat(first.reminded()).containsExactly(employee.fullName());
        assertThat(first.notices()).isPositive();

        TeamReminders.Outcome again = reminders.remind(List.of(employee.id()));
        assertThat(again.reminded()).isEmpty();
        assertThat(again.alreadyReminded()).containsExactly(employee.fullName());

        List<TeamReminder> his = sent.findByEmployeeIdInAndSentAtAfter(List.of(employee.id()), Instant.EPOCH);
        his.forEach(reminder -> reminder.sentAt(Instant.now().minus(8, ChronoUnit.DAYS)));
        sent.saveAll(his);
        TeamReminders.Outcome week = reminders.remind(List.of(employee.id()));
        assertThat(week.reminded()).containsExactly(employee.fullName());

        SignedIn.as(accounts, employee);
        List<NoticeItem> reminded = notices.mine().stream()
                .filter(notice -> notice.messageKey().startsWith("notice.team-reminder-")).toList();
        assertThat(reminded).hasSize(first.notices() + week.notices());
        assertThat(reminded.getFirst().arguments()).contains(manager.fullName());
        assertThat(accessHistory.countAboutMe()).isEqualTo(2);
        SignedIn.as(accounts, authority.admin());
        assertThat(audit.count(new AuditFilter(AuditAction.TEAM_REMINDER_SENT, null, null, false))).isEqualTo(2);
    }

    @Test
    void someone_who_left_is_refused_with_a_message_and_nobody_is_reminded() {
        Person colleague = authority.buddy();
        Person left = authority.left();
        SignedIn.as(accounts, manager);
        assertThatThrownBy(() -> reminders.remind(List.of(colleague.id(), left.id())))
                .isInstanceOfSatisfying(UserFacingException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("progress.remind.error.left");
                    assertThat(refused.arguments()).containsExactly(left.fullName());
                });
        assertThat(sent.findByEmployeeIdInAndSentAtAfter(List.of(colleague.id()), Instant.EPOCH)).isEmpty();
    }

    @Test
    void nobody_outside_the_managers_teams_can_be_reminded() {
        long outsider = authority.outsider().id();
        SignedIn.as(accounts, manager);
        assertThatThrownBy(() -> reminders.remind(List.of(outsider))).isInstanceOf(RecordNotFoundException.class);
        SignedIn.as(accounts, TestAuthority.of(context, getClass(), "b").manager());
        assertThatThrownBy(() -> reminders.remind(List.of(outsider))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void totals_only_offers_no_reminders_and_mandatory_only_reminds_of_mandatory_items_only() {
        Person colleague = authority.buddy();
        SignedIn.as(accounts, manager);
        try (var preset = PresetSwitch.to(context, authority.id(), VisibilityPreset.TOTALS_ONLY)) {
            assertThat(reminders.offered()).isFalse();
            assertThatThrownBy(() -> reminders.remind(List.of(colleague.id()))).isInstanceOfSatisfying(
                    UserFacingException.class, refused -> assertThat(refused.messageKey())
                            .isEqualTo("progress.remind.error.totals-only"));
        }
        try (var preset = PresetSwitch.to(context, authority.id(), VisibilityPreset.MANDATORY_ONLY)) {
            assertThat(reminders.offered()).isTrue();
            // the team's only soon-due item is the recommended module
            TeamReminders.Outcome outcome = reminders.remind(List.of(colleague.id()));
            assertThat(outcome.reminded()).isEmpty();
            assertThat(outcome.nothingDue()).containsExactly(colleague.fullName());
        }
    }
}
