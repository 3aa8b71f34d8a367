package de.willkommensakademie.base.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.language.Cefr;
import de.willkommensakademie.language.LanguageCourseCompleted;
import de.willkommensakademie.learning.ModuleCompleted;
import de.willkommensakademie.people.EmployeeForm;
import de.willkommensakademie.people.EmployeeImport;
import de.willkommensakademie.people.EmployeeJoined;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.people.EmployeesJoined;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.scenario.ScenarioCompleted;
import de.willkommensakademie.scenario.ScenarioContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cross-feature events survive a failing listener: the publication stays, the retry job runs the listener again, and
 * every listener is idempotent, so a retry never issues a second certificate, starts a second checklist or ticks an
 * item twice. Failures are injected where the listeners call into people's {@link StaffDirectory} (reading the holder
 * of a certificate, the federal state for a checklist's due dates). Run on H2 and on PostgreSQL (see the subclasses).
 */
abstract class EventRetriesContract {

    private static final String MODULE_CERTIFICATE = "certificate.module-completed";
    private static final String CHECKLIST = "onboarding.employee-joined";

    @Autowired
    UserDetailsService accounts;
    @Autowired
    EmployeeService employees;
    @Autowired
    EmployeeImport employeeImport;
    @Autowired
    JobRoleService jobRoles;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventSerializer serializer;
    @Autowired
    EventRetries retries;
    @Autowired
    FailingEvents failing;
    @MockitoSpyBean
    StaffDirectory staff;
    @Autowired
    ApplicationContext context;

    private Publications publications;
    private final List<UUID> inserted = new ArrayList<>();
    private TestAuthority authority;

    /** Hires and events in an authority of the class's own, so failing counts and notices start from nothing. */
    @BeforeEach
    void publications() {
        publications = new Publications(jdbc, serializer);
        authority = TestAuthority.of(context, getClass());
    }

    @AfterEach
    void cleanUp() {
        reset(staff);
        publications.delete(inserted);
        SignedIn.nobody();
    }

    @Test
    void a_certificate_listener_that_fails_once_is_retried_by_the_job_and_issues_exactly_one_certificate() {
        long person = hire("ev.zertifikat");
        Instant completedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        doThrow(new IllegalStateException("timestamp authority unreachable")).doCallRealMethod().when(staff)
                .member(person);

        inTransaction(() -> events.publishEvent(moduleCompleted(person, "ev-retry-module", completedAt)));

        assertThat(certificates(person, "MODULE")).as("the failing listener issued nothing").isZero();
        assertThat(publications.incomplete(MODULE_CERTIFICATE, "ev-retry-module")).singleElement()
                .satisfies(row -> {
                    assertThat(row.status()).isEqualTo("FAILED");
                    assertThat(row.attempts()).as("the first run").isEqualTo(1);
                });
        assertThat(publications.incomplete("onboarding.module-completed", "ev-retry-module"))
                .as("the other listener of the same event succeeded and is done").isEmpty();

        retries.retry();
        assertThat(certificates(person, "MODULE")).isEqualTo(1);
        assertThat(publications.incomplete("ev-retry-module")).as("nothing left to retry").isEmpty();

        retries.retry();
        assertThat(certificates(person, "MODULE")).isEqualTo(1);
    }

    @Test
    void a_checklist_listener_that_fails_once_is_retried_by_the_job_and_the_person_gets_exactly_one_checklist() {
        AppUser admin = SignedIn.as(accounts, authority.admin());
        doThrow(new IllegalStateException("database connection lost")).doCallRealMethod().when(staff)
                .federalState(admin.authorityId());

        long person = hire("ev.checkliste");

        assertThat(checklists(person)).as("the failing listener started no checklist").isZero();
        assertThat(publications.incomplete(CHECKLIST, "\"employeeId\":" + person + ","))
                .singleElement().satisfies(row -> assertThat(row.status()).isEqualTo("FAILED"));

        retries.retry();
        assertThat(checklists(person)).isEqualTo(1);
        assertThat(checklistItems(person)).isGreaterThanOrEqualTo(16);
        assertThat(publications.incomplete(CHECKLIST, "\"employeeId\":" + person + ",")).isEmpty();

        retries.retry();
        assertThat(checklists(person)).isEqualTo(1);
    }

    @Test
    void the_retry_job_ran_when_the_application_was_ready_under_its_cluster_lock() {
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'event-retries'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void a_publication_nobody_finished_for_longer_than_the_stale_time_is_retried_as_well() {
        long person = hire("ev.liegengeblieben");
        Instant completedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ModuleCompleted completion = moduleCompleted(person, "ev-stale-module", completedAt);
        UUID stale = publications.failed(MODULE_CERTIFICATE, completion, 1);
        inserted.add(stale);
        // As an instance leaves it that stopped while handling the event an hour ago.
        jdbc.update("update event_publication set status = 'PROCESSING', publication_date = ? where id = ?",
                Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)), stale);
        UUID recent = publications.failed(MODULE_CERTIFICATE, moduleCompleted(person, "ev-busy-module",
                completedAt.plusSeconds(1)), 1);
        inserted.add(recent);
        jdbc.update("update event_publication set status = 'PROCESSING' where id = ?", recent);

        retries.retry();

        assertThat(certificates(person, "MODULE")).as("only the stale one was run again").isEqualTo(1);
        assertThat(publications.incomplete("ev-stale-module")).isEmpty();
        assertThat(publications.incomplete(MODULE_CERTIFICATE, "ev-busy-module")).singleElement()
                .satisfies(row -> assertThat(row.status()).as("still with its instance").isEqualTo("PROCESSING"));
    }

    @Test
    void every_listener_run_again_after_it_succeeded_changes_nothing() {
        long person = hire("ev.nochmal");
        AppUser admin = SignedIn.as(accounts, authority.admin());
        Instant completedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> item = jdbc.queryForList("""
                select i.id, i.module_key from checklist_item i join checklist c on c.id = i.checklist_id
                where c.employee_id = ? and i.module_key is not null order by i.position""", person).getFirst();
        ModuleCompleted module = moduleCompleted(person, (String) item.get("module_key"), completedAt);
        ScenarioCompleted scenario = new ScenarioCompleted(admin.authorityId(), person, 990_002, "ev-scenario", 1,
                "end", ScenarioContent.Outcome.GOOD, completedAt, "Ev Rollenspiel", "Ev role-play", "Zuhören",
                "Listening", 20, true);
        LanguageCourseCompleted course = new LanguageCourseCompleted(admin.authorityId(), person, 990_003, "tr",
                "Türkisch", "Turkish", Cefr.B1, "VHS", LocalDate.now(), 40, completedAt);
        inTransaction(() -> {
            events.publishEvent(module);
            events.publishEvent(scenario);
            events.publishEvent(course);
        });
        String ticked = "select status, done_at from checklist_item where id = ?";
        Map<String, Object> tickedBefore = jdbc.queryForMap(ticked, item.get("id"));
        assertThat(tickedBefore.get("status")).isIn("DONE", "WAITING");
        for (String kind : List.of("MODULE", "SCENARIO", "LANGUAGE_COURSE")) {
            assertThat(certificates(person, kind)).as(kind).isEqualTo(1);
        }
        long notices = notices();

        // The registry did not learn that the listeners succeeded (say the database went away right after).
        EmployeeJoined joined = new EmployeeJoined(admin.authorityId(), person, "front-office",
                LocalDate.of(2027, 3, 1));
        replay("certificate.module-completed", module);
        replay("onboarding.module-completed", module);
        replay("certificate.scenario-completed", scenario);
        replay("onboarding.scenario-completed", scenario);
        replay("certificate.language-course-completed", course);
        replay(CHECKLIST, joined);
        replay("onboarding.employees-joined", new EmployeesJoined(List.of(joined)));

        retries.retry();

        assertThat(certificates(person, "MODULE")).isEqualTo(1);
        assertThat(certificates(person, "SCENARIO")).isEqualTo(1);
        assertThat(certificates(person, "LANGUAGE_COURSE")).isEqualTo(1);
        assertThat(checklists(person)).isEqualTo(1);
        assertThat(jdbc.queryForMap(ticked, item.get("id"))).as("ticked once, at the completion")
                .isEqualTo(tickedBefore);
        assertThat(notices()).as("nobody told twice").isEqualTo(notices);
        assertThat(publications.incomplete("\"employeeId\":" + person + ",")).as("all done").isEmpty();
    }

    @Test
    void administrators_count_their_authoritys_events_that_keep_failing_and_the_operator_counts_all() {
        TestAuthority other = TestAuthority.of(context, getClass(), "b");
        long ours = authority.id();
        long theirs = other.id();
        assertThat(countFor(authority.admin().username())).isZero();
        assertThat(countFor(other.admin().username())).isZero();
        // the operator counts every authority's, other classes' included: count what these add
        long all = countFor("operator");
        Instant at = Instant.now();

        inserted.add(publications.failed(MODULE_CERTIFICATE, moduleCompleted(ours, 1, "ev-count-a", at), 2));
        inserted.add(publications.failed(MODULE_CERTIFICATE, moduleCompleted(ours, 2, "ev-count-b", at), 4));
        inserted.add(publications.failed("onboarding.employees-joined", new EmployeesJoined(List.of(
                new EmployeeJoined(ours, 3, "front-office", LocalDate.now()))), 3));
        inserted.add(publications.failed(CHECKLIST, new EmployeeJoined(theirs, 4, "front-office",
                LocalDate.now()), 2));
        inserted.add(publications.failed(CHECKLIST, new EmployeeJoined(ours, 5, "front-office",
                LocalDate.now()), 1));

        SignedIn.as(accounts, authority.admin());
        FailingEvents.Summary mine = failing.keepFailing();
        assertThat(mine.total()).as("failed again after a retry; the first failure is not yet 'keeps failing'")
                .isEqualTo(3);
        assertThat(mine.byListener()).containsEntry(MODULE_CERTIFICATE, 2L)
                .containsKey("onboarding.employees-joined");
        assertThat(mine.complete()).isTrue();
        assertThat(countFor(other.admin().username())).isEqualTo(1);
        assertThat(countFor("operator")).isEqualTo(all + 4);
        SignedIn.as(accounts, authority.employee());
        assertThatThrownBy(failing::keepFailing).isInstanceOf(AccessDeniedException.class);
    }

    private long countFor(String username) {
        SignedIn.as(accounts, username);
        return failing.keepFailing().total();
    }

    /** Notices to people of the class's authority. */
    private long notices() {
        return jdbc.queryForObject("""
                select count(*) from notice n join employee e on e.id = n.recipient_id where e.authority_id = ?""",
                Long.class, authority.id());
    }

    private void replay(String listener, Object event) {
        inserted.add(publications.failed(listener, event, 1));
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private ModuleCompleted moduleCompleted(long person, String moduleKey, Instant completedAt) {
        long authority = jdbc.queryForObject("select authority_id from employee where id = ?", Long.class, person);
        return moduleCompleted(authority, person, moduleKey, completedAt);
    }

    private static ModuleCompleted moduleCompleted(long authority, long person, String moduleKey,
            Instant completedAt) {
        return new ModuleCompleted(authority, person, 990_001, moduleKey, 1, "Ev Modul", "Ev module", "Geübt.",
                "Practised.", 30, completedAt, null);
    }

    private long certificates(long person, String kind) {
        return jdbc.queryForObject("select count(*) from certificate where employee_id = ? and source_kind = ?",
                Long.class, person, kind);
    }

    private long checklists(long person) {
        return jdbc.queryForObject("select count(*) from checklist where employee_id = ?", Long.class, person);
    }

    private long checklistItems(long person) {
        return jdbc.queryForObject("""
                select count(*) from checklist_item i join checklist c on c.id = i.checklist_id
                where c.employee_id = ?""", Long.class, person);
    }

    /** A new front-office hire in the class's authority, made by its administrator (publishes EmployeeJoined). */
    private long hire(String username) {
        SignedIn.as(accounts, authority.admin());
        EmployeeForm form = new EmployeeForm();
        form.setUsername(username);
        form.setFirstName("Eva");
        form.setLastName(username.replace(".", "-"));
        form.setEmail(username + "@test.example");
        form.setLanguage(Locale.GERMAN);
        form.setStartDate(LocalDate.of(2027, 3, 1));
        form.setJobRole(jobRoles.options().stream().filter(option -> option.code().equals("front-office"))
                .findFirst().orElseThrow());
        form.setRoles(Set.of(Role.EMPLOYEE));
        employees.create(form);
        return jdbc.queryForObject("select id from employee where username = ?", Long.class, username);
    }
}
