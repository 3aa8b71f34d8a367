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
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.notice.NoticeService;
import de.willkommensakademie.people.EmployeeFilter;
import de.willkommensakademie.people.EmployeeRow;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.visibility.PresetSwitch;
import de.willkommensakademie.visibility.VisibilityPreset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Remind from the matrix: a notice per overdue or soon-due item, at most once per person and item in seven days,
 * audited and in the person's access log; refused for someone who left and under "totals only".
 */
@SpringBootTest
@ActiveProfiles("test")
class TeamRemindersTest {

    @Autowired
    TeamReminders reminders;
    @Autowired
    TeamReminderRepository sent;
    @Autowired
    EmployeeService employees;
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

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_reminder_reaches_the_person_once_in_seven_days_and_is_audited() {
        SignedIn.as(accounts, "k.lange");
        long noticesBefore = notices.mine().size();
        long accessBefore = accessHistory.countAboutMe();
        SignedIn.as(accounts, "admin");
        long kevin = id("Kevin Lange");
        long auditBefore = audit.count(new AuditFilter(AuditAction.TEAM_REMINDER_SENT, null, null, false));

        SignedIn.as(accounts, "manager");
        TeamReminders.Outcome first = reminders.remind(List.of(kevin));
        // the recommended interpreting module is due five days after it was assigned
        assertThat(first.reminded()).containsExactly("Kevin Lange");
        assertThat(first.notices()).isPositive();

        TeamReminders.Outcome again = reminders.remind(List.of(kevin));
        assertThat(again.reminded()).isEmpty();
        assertThat(again.alreadyReminded()).containsExactly("Kevin Lange");

        List<TeamReminder> his = sent.findByEmployeeIdInAndSentAtAfter(List.of(kevin), Instant.EPOCH);
        his.forEach(reminder -> reminder.sentAt(Instant.now().minus(8, ChronoUnit.DAYS)));
        sent.saveAll(his);
        TeamReminders.Outcome week = reminders.remind(List.of(kevin));
        assertThat(week.reminded()).containsExactly("Kevin Lange");

        SignedIn.as(accounts, "k.lange");
        assertThat(notices.mine()).hasSize((int) noticesBefore + first.notices() + week.notices());
        assertThat(notices.mine().getFirst().messageKey()).startsWith("notice.team-reminder-");
        assertThat(notices.mine().getFirst().arguments()).contains("Katrin Vogel");
        assertThat(accessHistory.countAboutMe()).isEqualTo(accessBefore + 2);
        SignedIn.as(accounts, "admin");
        assertThat(audit.count(new AuditFilter(AuditAction.TEAM_REMINDER_SENT, null, null, false)))
                .isEqualTo(auditBefore + 2);
        sent.deleteAll(sent.findByEmployeeIdInAndSentAtAfter(List.of(kevin), Instant.EPOCH));
    }

    @Test
    void someone_who_left_is_refused_with_a_message_and_nobody_is_reminded() {
        SignedIn.as(accounts, "admin");
        EmployeeRow dragan = row("Dragan Petrović");
        employees.deactivate(dragan.id(), dragan.version());
        try {
            SignedIn.as(accounts, "manager");
            long aylin = id("Aylin Demir");
            assertThatThrownBy(() -> reminders.remind(List.of(aylin, dragan.id())))
                    .isInstanceOfSatisfying(UserFacingException.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("progress.remind.error.left");
                        assertThat(refused.arguments()).containsExactly("Dragan Petrović");
                    });
            assertThat(sent.findByEmployeeIdInAndSentAtAfter(List.of(aylin), Instant.EPOCH)).isEmpty();
        } finally {
            SignedIn.as(accounts, "admin");
            EmployeeRow left = row("Dragan Petrović");
            employees.reactivate(left.id(), left.version());
        }
    }

    @Test
    void nobody_outside_the_managers_teams_can_be_reminded() {
        SignedIn.as(accounts, "admin");
        long huseyin = id("Hüseyin Öztürk");
        SignedIn.as(accounts, "manager");
        assertThatThrownBy(() -> reminders.remind(List.of(huseyin))).isInstanceOf(RecordNotFoundException.class);
        SignedIn.as(accounts, "admin2");
        assertThatThrownBy(() -> reminders.remind(List.of(huseyin))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void totals_only_offers_no_reminders_and_mandatory_only_reminds_of_mandatory_items_only() {
        AppUser manager = SignedIn.as(accounts, "manager");
        long kevin = id("Kevin Lange");
        try (var preset = PresetSwitch.to(context, manager.authorityId(), VisibilityPreset.TOTALS_ONLY)) {
            assertThat(reminders.offered()).isFalse();
            assertThatThrownBy(() -> reminders.remind(List.of(kevin))).isInstanceOfSatisfying(
                    UserFacingException.class, refused -> assertThat(refused.messageKey())
                            .isEqualTo("progress.remind.error.totals-only"));
        }
        try (var preset = PresetSwitch.to(context, manager.authorityId(), VisibilityPreset.MANDATORY_ONLY)) {
            assertThat(reminders.offered()).isTrue();
            // his only soon-due item is the recommended interpreting module
            TeamReminders.Outcome outcome = reminders.remind(List.of(kevin));
            assertThat(outcome.reminded()).isEmpty();
            assertThat(outcome.nothingDue()).containsExactly("Kevin Lange");
        }
    }

    private long id(String fullName) {
        return row(fullName).id();
    }

    /** Looked up as an administrator of Musterstadt (the caller signs in as whom they need afterwards). */
    private EmployeeRow row(String fullName) {
        AppUser before = (AppUser) SecurityContextHolder.getContext()
                .getAuthentication().getPrincipal();
        SignedIn.as(accounts, "admin");
        EmployeeRow found = employees.find(new EmployeeFilter(fullName.split(" ")[1], null, null, null, null),
                PageRequest.of(0, 20)).stream().filter(row -> row.fullName().equals(fullName)).findFirst()
                .orElseThrow();
        SignedIn.as(accounts, before.getUsername());
        return found;
    }
}
