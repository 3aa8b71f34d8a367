package de.willkommensakademie.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.learning.ModuleCompleted;
import de.willkommensakademie.notice.NoticeSender;
import de.willkommensakademie.notice.NoticeService;
import de.willkommensakademie.people.AuthorityService;
import de.willkommensakademie.people.EmployeeForm;
import de.willkommensakademie.people.EmployeeImport;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.people.FederalState;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.TeamService;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.OptimisticLockingFailureException;
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

    @Autowired
    ApplicationContext context;
    @Autowired
    AuthorityService authorities;

    private TestAuthority authority;

    /**
     * Hires, template changes and reminders happen in the class's own authority, in North Rhine-Westphalia like the
     * demo's Musterstadt, so later classes find the demo authority's people and templates as shipped. Another team's
     * manager is the authority's second manager; a co-led team is made in a further authority.
     */
    @BeforeEach
    void ownAuthority() {
        authority = TestAuthority.of(context, getClass());
        SignedIn.as(accounts, authority.admin());
        authorities.changeFederalState(FederalState.NW);
        SignedIn.nobody();
    }

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
                StandardCharsets.UTF_8)).problems();
        assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(problem.line()).isEqualTo(8));
    }

    @Test
    void a_new_front_office_hire_gets_the_checklist_with_due_dates_and_the_buddy_sees_only_their_people() {
        SignedIn.as(accounts, authority.admin());
        var frontOffice = jobRoles.options().stream().filter(option -> option.code().equals("front-office"))
                .findFirst().orElseThrow();
        var service = teams.assignableTeams().stream().filter(team -> team.name().equals(TestAuthority.TEAM))
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
        form.setRoles(Set.of(Role.EMPLOYEE));
        employees.create(form);

        AppUser nora = SignedIn.as(accounts, "n.neu");
        MyOnboarding mine = onboarding.mine(Locale.GERMAN).orElseThrow();
        assertThat(mine.startDate()).isEqualTo(start);
        assertThat(mine.items()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(mine.items()).allSatisfy(item -> assertThat(DueDates.isWorkingDay(item.dueDate(),
                FederalState.NW)).isTrue());
        assertThat(mine.items()).extracting(OnboardingItem::responsible).contains(Responsible.EMPLOYEE,
                Responsible.BUDDY, Responsible.MANAGER, Responsible.IT);

        SignedIn.as(accounts, authority.manager());
        TeamOnboardingRow row = onboarding.team().stream().filter(r -> r.employeeId() == nora.accountId())
                .findFirst().orElseThrow();
        long buddy = authority.buddy().id();
        onboarding.chooseBuddy(row.checklistId(), row.version(), buddy);
        assertThatThrownBy(() -> onboarding.chooseBuddy(row.checklistId(), row.version() + 1, nora.accountId()))
                .isInstanceOf(UserFacingException.class);

        SignedIn.as(accounts, authority.buddy());
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

        SignedIn.as(accounts, authority.employee());
        assertThat(onboarding.myTasks(Locale.GERMAN)).as("a colleague, not her buddy")
                .noneMatch(item -> item.person().equals("Nora Neumann"));
        SignedIn.as(accounts, authority.secondManager());
        assertThatThrownBy(() -> onboarding.checklist(row.checklistId(), Locale.GERMAN)).as("another team's manager")
                .isInstanceOf(RecordNotFoundException.class);
        SignedIn.as(accounts, TestAuthority.of(context, getClass(), "b").manager());
        assertThat(onboarding.myTasks(Locale.GERMAN)).noneMatch(item -> item.person().equals("Nora Neumann"));
        assertThat(onboarding.team()).noneMatch(other -> other.employee().equals("Nora Neumann"));
    }

    @Test
    void completing_the_linked_module_ticks_the_item_automatically() {
        AppUser aylin = SignedIn.as(accounts, employeeWithChecklist());
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
        SignedIn.as(accounts, authority.admin());
        hire("h.heute", LocalDate.now().minusDays(3), TestAuthority.TEAM);
        SignedIn.as(accounts, "h.heute");
        long before = notices.unreadCount();
        long dueOwn = onboarding.mine(Locale.GERMAN).orElseThrow().items().stream()
                .filter(item -> item.responsible() == Responsible.EMPLOYEE && item.status() == ItemStatus.OPEN
                        && !item.dueDate().isAfter(LocalDate.now().plusDays(2))).count();
        assertThat(dueOwn).as("started three days ago: some items are due").isPositive();
        SignedIn.nobody();
        reminders.remind();
        reminders.remind();
        SignedIn.as(accounts, "h.heute");
        assertThat(notices.unreadCount() - before).isEqualTo(dueOwn);
        assertThat(notices.mine()).allMatch(notice -> notice.messageKey().startsWith("notice.onboarding-"));
    }

    @Test
    void only_managers_run_the_team_overview_and_employees_cannot_skip() {
        SignedIn.as(accounts, employeeWithChecklist());
        assertThatThrownBy(() -> onboarding.team()).isInstanceOf(AccessDeniedException.class);
        long itemId = onboarding.mine(Locale.GERMAN).orElseThrow().items().getFirst().id();
        assertThatThrownBy(() -> onboarding.skip(itemId, 0, "kein Bedarf")).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, authority.manager());
        OnboardingItem open = onboarding.checklist(onboarding.team().stream().filter(row -> row.employee()
                .equals(authority.employee().fullName())).findFirst().orElseThrow().checklistId(), Locale.GERMAN)
                .stream()
                .filter(item -> item.status() == ItemStatus.OPEN).reduce((a, b) -> b).orElseThrow();
        assertThatThrownBy(() -> onboarding.skip(open.id(), open.version(), "")).isInstanceOf(UserFacingException.class);
        onboarding.skip(open.id(), open.version(), "Hat bereits an der Schulung teilgenommen");
        assertThat(items.findById(open.id()).orElseThrow().status()).isEqualTo(ItemStatus.SKIPPED);
    }

    @Test
    void running_checklists_keep_their_template_version_and_new_hires_get_the_newest() {
        SignedIn.as(accounts, authority.admin());
        long before = hire("v.eins", LocalDate.of(2027, 2, 1), TestAuthority.TEAM);
        SignedIn.as(accounts, authority.trainer());
        long shipped = templates.list().stream().filter(t -> t.jobRoleCode().equals("front-office") && !t.own())
                .findFirst().orElseThrow().id();
        long own = templates.adapt(shipped);
        OnboardingTemplates.TemplateDraft draft = templates.draft(own);
        TemplateContent content = draft.content();
        List<TemplateContent.Phase> phases = new ArrayList<>(content.phases());
        TemplateContent.Phase first = phases.getFirst();
        List<TemplateContent.Item> items = new ArrayList<>(first.items());
        items.add(new TemplateContent.Item("zz-extra", Text.of("Zz Extra", "Zz extra"),
                null, Responsible.MANAGER, -1, null, null, false));
        phases.set(0, new TemplateContent.Phase(first.key(), first.title(), items));
        templates.saveDraft(own, draft.version(), new TemplateContent(content.key(), content.jobRole(),
                content.title(), content.description(), phases));
        assertThat(templates.publish(own, templates.draft(own).version())).isEmpty();

        SignedIn.as(accounts, authority.admin());
        long after = hire("v.zwei", LocalDate.of(2027, 2, 1), TestAuthority.TEAM);
        assertThat(titles(before)).doesNotContain("Zz Extra");
        assertThat(titles(after)).contains("Zz Extra");
        assertThat(titles(after)).hasSize(titles(before).size() + 1);
    }

    @Test
    void with_a_moving_clock_a_due_item_reminds_once_and_once_more_when_overdue() {
        SignedIn.as(accounts, authority.admin());
        long person = hire("r.eins", LocalDate.of(2027, 1, 4), TestAuthority.TEAM);
        ChecklistItem own = checklistItems(person).stream().filter(item -> item.responsible() == Responsible.EMPLOYEE)
                .findFirst().orElseThrow();
        LocalDate twoDaysBefore = own.dueDate().minusDays(2);
        OnboardingReminders onDay = reminders(twoDaysBefore);
        OnboardingReminders overdue = reminders(own.dueDate().plusDays(1));
        SignedIn.nobody();
        onDay.remind();
        onDay.remind();
        SignedIn.as(accounts, "r.eins");
        String title = own.title("de");
        assertThat(count("notice.onboarding-due", title)).as("due soon, once").isEqualTo(1);
        SignedIn.nobody();
        overdue.remind();
        overdue.remind();
        SignedIn.as(accounts, "r.eins");
        assertThat(count("notice.onboarding-due", title)).isEqualTo(1);
        assertThat(count("notice.onboarding-overdue", title)).as("overdue, once").isEqualTo(1);
    }

    @Test
    void a_hire_starting_between_the_years_gets_no_item_due_on_new_years_day() {
        SignedIn.as(accounts, authority.admin());
        long person = hire("n.neujahr", LocalDate.of(2026, 12, 28), TestAuthority.TEAM);
        List<LocalDate> due = checklistItems(person).stream().map(ChecklistItem::dueDate).toList();
        assertThat(due).doesNotContain(LocalDate.of(2027, 1, 1)).contains(LocalDate.of(2026, 12, 31))
                .allSatisfy(day -> assertThat(DueDates.isWorkingDay(day, FederalState.NW)).as(day.toString())
                        .isTrue());
    }

    private static final String DATA_PROTECTION = "Datenschutzbelehrung erhalten und Verpflichtungserklärung unterschreiben";

    @Test
    void only_the_persons_manager_confirms_and_others_are_told_the_item_does_not_exist() {
        SignedIn.as(accounts, authority.admin());
        hire("b.bestaetigt", LocalDate.now().minusDays(3));
        SignedIn.as(accounts, "b.bestaetigt");
        OnboardingItem item = own(DATA_PROTECTION);
        onboarding.tick(item.id(), item.version(), "Belehrung erhalten");
        long version = items.findById(item.id()).orElseThrow().getVersion();
        assertThat(items.findById(item.id()).orElseThrow().waiting()).isTrue();

        // another team's manager, another authority's administrator, and the administrator of a person who has a manager
        for (Person stranger : List.of(authority.secondManager(), TestAuthority.of(context, getClass(), "b").admin(),
                authority.admin())) {
            String other = stranger.username();
            SignedIn.as(accounts, other);
            assertThatThrownBy(() -> onboarding.signOff(item.id(), version)).as(other)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> onboarding.sendBack(item.id(), version, "Bitte nachholen")).as(other)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(onboarding.myTasks(Locale.GERMAN)).as(other).noneMatch(task -> task.id() == item.id()
                    && task.maySignOff());
        }
        SignedIn.as(accounts, "b.bestaetigt");
        assertThatThrownBy(() -> onboarding.signOff(item.id(), version)).as("not one's own")
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as(accounts, authority.manager());
        assertThat(onboarding.myTasks(Locale.GERMAN)).anySatisfy(task -> {
            assertThat(task.id()).isEqualTo(item.id());
            assertThat(task.maySignOff()).isTrue();
            assertThat(task.comment()).isEqualTo("Belehrung erhalten");
        });
        onboarding.signOff(item.id(), version);
        ChecklistItem signed = items.findById(item.id()).orElseThrow();
        assertThat(signed.finished()).isTrue();
        assertThat(signed.signedOffBy()).isEqualTo(authority.manager().id());
        assertThatThrownBy(() -> onboarding.signOff(item.id(), signed.getVersion())).as("not waiting any more")
                .isInstanceOf(UserFacingException.class);

        SignedIn.as(accounts, "b.bestaetigt");
        assertThat(notices.mine()).anySatisfy(notice -> {
            assertThat(notice.messageKey()).isEqualTo("notice.onboarding-signed-off");
            assertThat(notice.arguments()).containsExactly(DATA_PROTECTION, signed.title("en"),
                    authority.manager().fullName());
        });
    }

    @Test
    void for_someone_without_a_manager_an_admin_of_the_authority_confirms() {
        SignedIn.as(accounts, authority.admin());
        hire("o.ohneteam", LocalDate.now().minusDays(3), null);
        SignedIn.as(accounts, "o.ohneteam");
        OnboardingItem item = own(DATA_PROTECTION);
        onboarding.tick(item.id(), item.version(), null);
        long version = items.findById(item.id()).orElseThrow().getVersion();

        SignedIn.as(accounts, authority.manager());
        assertThatThrownBy(() -> onboarding.signOff(item.id(), version)).isInstanceOf(RecordNotFoundException.class);
        SignedIn.as(accounts, TestAuthority.of(context, getClass(), "b").admin());
        assertThatThrownBy(() -> onboarding.signOff(item.id(), version)).isInstanceOf(RecordNotFoundException.class);
        SignedIn.as(accounts, authority.admin());
        assertThat(notices.mine()).anyMatch(notice -> notice.messageKey().equals("notice.onboarding-waiting")
                && notice.arguments().getFirst().equals(DATA_PROTECTION));
        assertThat(onboarding.myTasks(Locale.GERMAN)).anyMatch(task -> task.id() == item.id() && task.maySignOff());
        assertThatThrownBy(() -> onboarding.sendBack(item.id(), version, " ")).as("a reason is needed")
                .isInstanceOf(UserFacingException.class);
        onboarding.sendBack(item.id(), version, "Die unterschriebene Erklärung fehlt noch.");

        SignedIn.as(accounts, "o.ohneteam");
        OnboardingItem back = own(DATA_PROTECTION);
        assertThat(back.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(back.mayTick()).isTrue();
        assertThat(back.sentBackReason()).isEqualTo("Die unterschriebene Erklärung fehlt noch.");
        assertThat(back.sentBackBy()).isEqualTo(authority.admin().fullName());
        assertThat(notices.mine()).anyMatch(notice -> notice.messageKey().equals("notice.onboarding-sent-back"));
        onboarding.tick(back.id(), back.version(), "Erklärung abgegeben");
        assertThat(own(DATA_PROTECTION).waiting()).isTrue();
    }

    @Test
    void when_two_managers_confirm_at_once_the_second_is_refused_as_changed_by_someone_else() {
        // a further authority, whose Team Ost its two managers lead together
        TestAuthority coLed = TestAuthority.of(context, getClass(), "c").managerLeadsTeamOstToo(context);
        SignedIn.as(accounts, coLed.admin());
        hire("z.zweifach", LocalDate.now().minusDays(3), TestAuthority.THIRD_TEAM);
        SignedIn.as(accounts, "z.zweifach");
        OnboardingItem item = own(DATA_PROTECTION);
        onboarding.tick(item.id(), item.version(), null);
        long version = items.findById(item.id()).orElseThrow().getVersion();
        SignedIn.as(accounts, coLed.secondManager());
        onboarding.signOff(item.id(), version);
        SignedIn.as(accounts, coLed.manager());
        assertThatThrownBy(() -> onboarding.sendBack(item.id(), version, "Bitte nachholen"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(items.findById(item.id()).orElseThrow().finished()).isTrue();
    }

    @Test
    void a_module_that_ticks_an_item_needing_sign_off_tells_the_manager_that_it_waits() {
        AppUser admin = SignedIn.as(accounts, authority.admin());
        long person = hire("m.modul", LocalDate.now().minusDays(3), TestAuthority.TEAM);
        long checklistId = checklistRepository.findByEmployeeId(person).orElseThrow().getId();
        ChecklistItem linked = items.save(new ChecklistItem(checklistId, 99, "Phase", "Phase",
                "Zz Modul mit Bestätigung", "Zz module with sign-off", null, null, Responsible.EMPLOYEE,
                LocalDate.now().plusDays(5), "zz-sign-off-module", null, true, true));
        events.publishEvent(new ModuleCompleted(admin.authorityId(), person, 1, "zz-sign-off-module", 1, "T", "T",
                null, null, 10, Instant.now(), null));
        assertThat(items.findById(linked.getId()).orElseThrow().waiting()).isTrue();
        SignedIn.as(accounts, authority.manager());
        assertThat(notices.mine()).anyMatch(notice -> notice.messageKey().equals("notice.onboarding-waiting")
                && notice.arguments().getFirst().equals("Zz Modul mit Bestätigung"));
    }

    @Test
    void a_manager_ticking_an_item_they_would_confirm_needs_no_second_confirmation() {
        SignedIn.as(accounts, authority.admin());
        long person = hire("s.selbst", LocalDate.now().minusDays(40), TestAuthority.TEAM);
        ChecklistItem talk = checklistItems(person).stream().filter(item -> item.responsible() == Responsible.MANAGER
                && item.needsSignOff()).findFirst().orElseThrow();
        SignedIn.as(accounts, authority.manager());
        onboarding.tick(talk.getId(), talk.getVersion(), null);
        assertThat(items.findById(talk.getId()).orElseThrow().finished()).isTrue();
    }

    private OnboardingItem own(String title) {
        return onboarding.mine(Locale.GERMAN).orElseThrow().items().stream()
                .filter(item -> item.title().equals(title)).findFirst().orElseThrow();
    }

    private long count(String key, String title) {
        return notices.mine().stream().filter(notice -> notice.messageKey().equals(key)
                && notice.arguments().getFirst().equals(title)).count();
    }

    @Test
    void people_imported_from_csv_with_job_role_and_start_date_get_their_checklist() {
        SignedIn.as(accounts, authority.admin());
        byte[] file = ("first_name;last_name;email;username;job_role;team;start_date;language;roles\n"
                + "Ida;Import;ida.import@musterstadt.example;i.import;back-office;;2027-01-11;de;EMPLOYEE\n"
                + "Ole;Ohnedatum;ole.ohnedatum@musterstadt.example;o.ohnedatum;back-office;;;de;EMPLOYEE\n")
                .getBytes(StandardCharsets.UTF_8);
        employeeImport.importEmployees(file);
        long ida = jdbc.queryForObject("select id from employee where username = 'i.import'", Long.class);
        long ole = jdbc.queryForObject("select id from employee where username = 'o.ohnedatum'", Long.class);
        assertThat(checklistRepository.findByEmployeeId(ida)).hasValueSatisfying(checklist ->
                assertThat(checklist.startDate()).isEqualTo(LocalDate.of(2027, 1, 11)));
        assertThat(checklistRepository.findByEmployeeId(ole)).as("no start date, no checklist").isEmpty();
    }

    @Autowired
    EmployeeImport employeeImport;
    @Autowired
    OnboardingTemplates templates;
    @Autowired
    ChecklistRepository checklistRepository;
    @Autowired
    StaffDirectory staff;
    @Autowired
    NoticeSender sender;

    private OnboardingReminders reminders(LocalDate day) {
        Clock fixed = Clock.fixed(day.atTime(6, 30).atZone(ZoneId.systemDefault())
                .toInstant(), ZoneId.systemDefault());
        return new OnboardingReminders(items, checklistRepository, staff, sender, fixed, 2);
    }

    private long hire(String username, LocalDate start) {
        return hire(username, start, TestAuthority.TEAM);
    }

    /** The class's own employee, with the checklist her manager started ten days ago (started once). */
    private Person employeeWithChecklist() {
        Person employee = authority.employee();
        if (checklistRepository.findByEmployeeId(employee.id()).isEmpty()) {
            SignedIn.as(accounts, authority.manager());
            onboarding.start(employee.id(), LocalDate.now().minusDays(10));
        }
        return employee;
    }

    /** A new front-office hire in the signed-in admin's team whose name starts so, or in no team. */
    private long hire(String username, LocalDate start, String teamName) {
        var frontOffice = jobRoles.options().stream().filter(option -> option.code().equals("front-office"))
                .findFirst().orElseThrow();
        var service = teamName == null ? null : teams.assignableTeams().stream()
                .filter(team -> team.name().startsWith(teamName)).findFirst().orElseThrow();
        EmployeeForm form = new EmployeeForm();
        form.setUsername(username);
        form.setFirstName("Test");
        form.setLastName(username.replace(".", "-"));
        form.setEmail(username + "@musterstadt.example");
        form.setLanguage(Locale.GERMAN);
        form.setStartDate(start);
        form.setJobRole(frontOffice);
        form.setTeam(service);
        form.setRoles(Set.of(Role.EMPLOYEE));
        employees.create(form);
        return jdbc.queryForObject("select id from employee where username = ?", Long.class, username);
    }

    private List<ChecklistItem> checklistItems(long employeeId) {
        return items.findByChecklistIdOrderByPositionAsc(checklistRepository.findByEmployeeId(employeeId)
                .orElseThrow().getId());
    }

    private List<String> titles(long employeeId) {
        return checklistItems(employeeId).stream().map(item -> item.title("de")).toList();
    }
}
