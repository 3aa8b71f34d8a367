package de.willkommensakademie.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.notice.NoticeItem;
import de.willkommensakademie.notice.NoticeSender;
import de.willkommensakademie.notice.NoticeService;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.scenario.RolePlayFixtures;
import de.willkommensakademie.scenario.ScenarioLibrary;
import de.willkommensakademie.scenario.ScenarioPlay;
import de.willkommensakademie.scenario.ScenarioSummary;
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
 * Assigned role-plays remind like modules: once when due soon, once when overdue, never once an ending was reached.
 * Assigned in an authority of the class's own, so nothing has to be taken back for later classes.
 */
@SpringBootTest
@ActiveProfiles("test")
class RolePlayRemindersTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ScenarioLibrary scenarios;
    @Autowired
    ScenarioPlay play;
    @Autowired
    Assignments assignments;
    @Autowired
    NoticeService noticeService;
    @Autowired
    NoticeSender sender;
    @Autowired
    StaffDirectory staff;
    @Autowired
    AssignmentRepository assignmentRepository;
    @Autowired
    LearningModuleRepository moduleRepository;
    @Autowired
    List<AssignableContent> kinds;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    private TestAuthority authority;

    @BeforeEach
    void ownAuthority() {
        authority = TestAuthority.of(context, getClass());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void with_a_moving_clock_a_role_play_reminds_once_when_due_soon_once_when_overdue_and_never_after_any_ending() {
        LocalDate due = LocalDate.now().plusDays(20);
        SignedIn.as(accounts, authority.trainer());
        long rolePlay = RolePlayFixtures.published(scenarios, "Zz Erinnerungsrollenspiel", "Zz Reminder role-play");
        Person employee = authority.employee();
        Person colleague = authority.buddy();
        long reminded = employee.id();
        long poorEnding = SignedIn.as(accounts, colleague).accountId();
        RolePlayFixtures.playTo(play, rolePlay, false);
        SignedIn.as(accounts, authority.trainer());
        for (long person : List.of(reminded, poorEnding)) {
            assignments.assign(AssignedKind.ROLE_PLAY, rolePlay, AssignmentTarget.EMPLOYEE, person, true, due, null,
                    null);
        }

        reminders(due.minusDays(10)).remind();
        assertThat(reminded(employee, "notice.role-play-due")).as("not yet inside the window").isEmpty();

        reminders(due.minusDays(3)).remind();
        reminders(due.minusDays(2)).remind();
        assertThat(reminded(employee, "notice.role-play-due")).as("due soon, once").singleElement()
                .satisfies(notice -> {
                    assertThat(notice.arguments()).containsExactly("Zz Erinnerungsrollenspiel", "Zz Reminder role-play",
                            due);
                    assertThat(notice.link()).as("opens the role-play").isEqualTo("scenarios?play=" + rolePlay);
                });
        assertThat(reminded(employee, "notice.role-play-overdue")).isEmpty();

        reminders(due.plusDays(1)).remind();
        reminders(due.plusDays(2)).remind();
        assertThat(reminded(employee, "notice.role-play-due")).hasSize(1);
        assertThat(reminded(employee, "notice.role-play-overdue")).as("overdue, once").hasSize(1);
        assertThat(reminded(colleague, "notice.role-play-due")).as("a poor ending is done").isEmpty();
        assertThat(reminded(colleague, "notice.role-play-overdue")).isEmpty();
    }

    @Test
    void a_role_play_and_a_module_with_the_same_id_both_remind() {
        SignedIn.as(accounts, authority.employee());
        ScenarioSummary rolePlay = play.playable().stream().filter(s -> moduleRepository.existsById(s.id()))
                .findFirst().orElseThrow(() -> new AssertionError("a shipped role-play and module share an id"));
        LearningModule module = moduleRepository.findById(rolePlay.id()).orElseThrow();
        long authority = this.authority.id();
        long person = this.authority.outsider().id();
        LocalDate due = LocalDate.now().plusDays(30);
        // stored directly: the shipped module may already be done by someone, which does not matter here
        assignmentRepository.saveAll(List.of(
                new Assignment(authority, AssignedKind.MODULE, module.getId(), AssignmentTarget.EMPLOYEE, person,
                        false, due, null, null, "test", Instant.now()),
                new Assignment(authority, AssignedKind.ROLE_PLAY, rolePlay.id(), AssignmentTarget.EMPLOYEE, person,
                        false, due, null, null, "test", Instant.now())));

        reminders(due.minusDays(1)).remind();
        List<String> keys = jdbc.queryForList("select dedupe_key from notice where recipient_id = ? and dedupe_key"
                + " like ?", String.class, person, "%-" + rolePlay.id() + "-" + due);
        assertThat(keys).containsExactlyInAnyOrder("learning-due-" + rolePlay.id() + "-" + due,
                "role-play-due-" + rolePlay.id() + "-" + due);
    }

    private LearningReminders reminders(LocalDate day) {
        Clock fixed = Clock.fixed(day.atTime(6, 45).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        return new LearningReminders(assignmentRepository, moduleRepository, staff, sender, kinds,
                fixed, 7);
    }

    /** The person's reminders of this kind about the test's role-play. */
    private List<NoticeItem> reminded(Person person, String key) {
        SignedIn.as(accounts, person);
        List<NoticeItem> notices = noticeService.mine().stream().filter(notice -> notice.messageKey().equals(key)
                && notice.arguments().getFirst().equals("Zz Erinnerungsrollenspiel")).toList();
        SignedIn.nobody();
        return notices;
    }
}
