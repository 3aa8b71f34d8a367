package de.willkommensakademie.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.learning.ModuleCompleted;
import de.willkommensakademie.notice.NoticeService;
import de.willkommensakademie.people.EmployeeForm;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.TeamService;
import de.willkommensakademie.base.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Onboarding end to end: a new hire gets a checklist, items tick, access follows the roles, reminders go once. */
@SpringBootTest
@ActiveProfiles("test")
class OnboardingFlowTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    Onboarding onboarding;
    @Autowired
    EmployeeService employees;
    @Autowired
    TeamService teams;
    @Autowired
    JobRoleService jobRoles;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    OnboardingReminders reminders;
    @Autowired
    NoticeService notices;
    @Autowired
    ChecklistItemRepository items;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void the_shipped_templates_are_valid() throws IOException {
        var files = new PathMatchingResourcePatternResolver().getResources("classpath*:modules/*/onboarding.yaml");
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        for (var file : files) {
            try (InputStream in = file.getInputStream()) {
                assertThat(TemplateFileReader.read(in.readAllBytes()).problems()).as(file.getFilename()).isEmpty();
            }
        }
        String broken = "key: x\njobRole: front-office\ntitle: {de: T}\nphases:\n  - key: p\n"
                + "    title: {de: P}\n    items:\n      - {key: a, title: {de: A}, who: nobody, due: 1}\n";
        List<TemplateProblem> problems = TemplateFileReader.read(broken.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).problems();
        assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(problem.line()).isEqualTo(8));
    }

    @Test
    void a_new_front_office_hire_gets_the_checklist_with_due_dates_and_the_buddy_sees_only_their_people() {
        SignedIn.as(accounts, "admin");
        var frontOffice = jobRoles.options().stream().filter(option -> option.code().equals("front-office"))
                .findFirst().orElseThrow();
        var service = teams.assignableTeams().stream().filter(team -> team.name().startsWith("Servicepoint"))
                .findFirst().orElseThrow();
        LocalDate start = LocalDate.of(2026, 12, 7);
        EmployeeForm form = new EmployeeForm();
        form.setUsername("n.neu");
        form.setFirstName("Nora");
        form.setLastName("Neumann");
        form.setEmail("nora.neumann@musterstadt.example");
        form.setLanguage(Locale.GERMAN);
        form.setStartDate(start);
        form.setJobRole(frontOffice);
        form.setTeam(service);
        form.setRoles(java.util.Set.of(Role.EMPLOYEE));
        employees.create(form);

        AppUser nora = SignedIn.as(accounts, "n.neu");
        MyOnboarding mine = onboarding.mine(Locale.GERMAN).orElseThrow();
        assertThat(mine.startDate()).isEqualTo(start);
        assertThat(mine.items()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(mine.items()).allSatisfy(item -> assertThat(DueDates.isWorkingDay(item.dueDate())).isTrue());
        assertThat(mine.items()).extracting(OnboardingItem::responsible).contains(Responsible.EMPLOYEE,
                Responsible.BUDDY, Responsible.MANAGER, Responsible.IT);

        SignedIn.as(accounts, "manager");
        TeamOnboardingRow row = onboarding.team().stream().filter(r -> r.employeeId() == nora.accountId())
                .findFirst().orElseThrow();
        long buddy = jdbc.queryForObject("select id from employee where username = 's.mueller'", Long.class);
        onboarding.chooseBuddy(row.checklistId(), row.version(), buddy);
        assertThatThrownBy(() -> onboarding.chooseBuddy(row.checklistId(), row.version() + 1, nora.accountId()))
                .isInstanceOf(UserFacingException.class);

        SignedIn.as(accounts, "s.mueller");
        List<OnboardingItem> buddyTasks = onboarding.myTasks(Locale.GERMAN);
        assertThat(buddyTasks).isNotEmpty().allSatisfy(item -> {
            assertThat(item.person()).isEqualTo("Nora Neumann");
            assertThat(item.responsible()).isEqualTo(Responsible.BUDDY);
        });
        long managerItemId = items.findByChecklistIdOrderByPositionAsc(row.checklistId()).stream()
                .filter(item -> item.responsible() == Responsible.MANAGER).findFirst().orElseThrow().getId();
        assertThatThrownBy(() -> onboarding.tick(managerItemId, 0, null)).as("not the buddy's item")
                .isInstanceOf(UserFacingException.class);
        OnboardingItem first = buddyTasks.getFirst();
        onboarding.tick(first.id(), first.version(), "Rundgang gemacht");

        SignedIn.as(accounts, "j.weiss");
        assertThat(onboarding.myTasks(Locale.GERMAN)).noneMatch(item -> item.person().equals("Nora Neumann"));
        SignedIn.as(accounts, "c.wagner");
        assertThatThrownBy(() -> onboarding.checklist(row.checklistId(), Locale.GERMAN))
                .isInstanceOf(RecordNotFoundException.class);
        SignedIn.as(accounts, "admin2");
        assertThat(onboarding.myTasks(Locale.GERMAN)).noneMatch(item -> item.person().equals("Nora Neumann"));
        assertThat(onboarding.team()).noneMatch(other -> other.employee().equals("Nora Neumann"));
    }

    @Test
    void completing_the_linked_module_ticks_the_item_automatically() {
        AppUser aylin = SignedIn.as(accounts, "employee");
        OnboardingItem linked = onboarding.mine(Locale.GERMAN).orElseThrow().items().stream()
                .filter(item -> item.status() == ItemStatus.OPEN).filter(item -> items.findById(item.id())
                        .orElseThrow().moduleKey() != null).findFirst().orElseThrow();
        String moduleKey = items.findById(linked.id()).orElseThrow().moduleKey();
        events.publishEvent(new ModuleCompleted(aylin.authorityId(), aylin.accountId(), 1, moduleKey, 1, "T", "T",
                null, null, 10, Instant.now(), null));
        OnboardingItem after = onboarding.mine(Locale.GERMAN).orElseThrow().items().stream()
                .filter(item -> item.id() == linked.id()).findFirst().orElseThrow();
        assertThat(after.status()).isEqualTo(ItemStatus.DONE);
        assertThat(after.automatic()).isTrue();
    }

    @Test
    void reminders_reach_the_responsible_person_once_even_when_the_job_runs_again() {
        SignedIn.as(accounts, "employee");
        long before = notices.unreadCount();
        long dueOwn = onboarding.mine(Locale.GERMAN).orElseThrow().items().stream()
                .filter(item -> item.responsible() == Responsible.EMPLOYEE && item.status() == ItemStatus.OPEN
                        && !item.dueDate().isAfter(LocalDate.now().plusDays(2))).count();
        assertThat(dueOwn).as("Aylin started ten days ago: some of her items are due").isPositive();
        SignedIn.nobody();
        reminders.remind();
        reminders.remind();
        SignedIn.as(accounts, "employee");
        assertThat(notices.unreadCount() - before).isEqualTo(dueOwn);
        assertThat(notices.mine()).anyMatch(notice -> notice.messageKey().startsWith("notice.onboarding-"));
    }

    @Test
    void only_managers_run_the_team_overview_and_employees_cannot_skip() {
        SignedIn.as(accounts, "employee");
        assertThatThrownBy(() -> onboarding.team()).isInstanceOf(AccessDeniedException.class);
        long itemId = onboarding.mine(Locale.GERMAN).orElseThrow().items().getFirst().id();
        assertThatThrownBy(() -> onboarding.skip(itemId, 0, "kein Bedarf")).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, "manager");
        OnboardingItem open = onboarding.checklist(onboarding.team().stream().filter(row -> row.employee()
                .equals("Aylin Demir")).findFirst().orElseThrow().checklistId(), Locale.GERMAN).stream()
                .filter(item -> item.status() == ItemStatus.OPEN).reduce((a, b) -> b).orElseThrow();
        assertThatThrownBy(() -> onboarding.skip(open.id(), open.version(), "")).isInstanceOf(UserFacingException.class);
        onboarding.skip(open.id(), open.version(), "Hat bereits an der Schulung teilgenommen");
        assertThat(items.findById(open.id()).orElseThrow().status()).isEqualTo(ItemStatus.SKIPPED);
    }
}
