package de.willkommensakademie.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.StatementCount;
import de.willkommensakademie.base.DomainException;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.learning.ModuleCompleted;
import de.willkommensakademie.notice.NoticeService;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.scenario.ScenarioCompleted;
import de.willkommensakademie.scenario.ScenarioContent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Certificates end to end against the real database and over HTTP: automatic issue once per completion, manual and
 * bulk issue, who sees and downloads what, revocation, reminders and the public verification. In the class's own
 * authority (each database's class has its own), where counts start at zero: its employee and buddy hold what is
 * issued, its manager issues, its second manager is "another team's manager"; further authorities are the others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "app.certificates.verify-per-minute=1000")
@Import(StatementCount.Config.class)
class CertificateFlowTest {

    private static final AtomicLong PROGRESS_IDS = new AtomicLong(70_000_000);

    @LocalServerPort
    int port;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    CertificateService certificates;
    @Autowired
    CertificateRepository repository;
    @Autowired
    CertificateVerification verification;
    @Autowired
    CertificateReminders reminders;
    @Autowired
    NoticeService notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationContext context;
    @MockitoSpyBean
    CertificateIssuer issuer;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void completing_a_module_issues_one_certificate_per_completion_and_it_verifies() throws Exception {
        Person holder = ownAuthority().employee();
        AppUser employee = SignedIn.as(accounts, holder);
        long[] module = shippedModule();
        Instant completedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ModuleCompleted completion = new ModuleCompleted(employee.authorityId(), employee.accountId(), module[0],
                "flow-certificate", 1, "Deeskalation am Schalter", "De-escalation at the counter",
                "Gespräche beruhigen.", "Calming conversations.", 45, completedAt,
                completedAt.plus(730, ChronoUnit.DAYS));
        events.publishEvent(completion);
        events.publishEvent(completion);

        List<Certificate> issued = repository.findAll().stream().filter(c -> c.employeeId() == employee.accountId()
                && c.sourceId() != null && c.sourceId() == module[0] && c.completedAt().equals(completedAt)).toList();
        assertThat(issued).as("once per completion").hasSize(1);
        Certificate certificate = issued.getFirst();
        assertThat(certificate.number()).matches("\\d{4}-\\d{6}");
        assertThat(certificate.code()).matches("[A-Z2-7]{32}");
        try (var pdf = Loader.loadPDF(certificate.pdf())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(holder.fullName(), "Deeskalation am Schalter",
                    certificate.number(), certificate.code());
        }

        assertThat(verification.verify(certificate.code())).hasValueSatisfying(found -> {
            assertThat(found.status()).isEqualTo(CertificateStatus.VALID);
            assertThat(found.holderName()).isEqualTo(holder.fullName());
            assertThat(found.authorityName()).contains(ownAuthority().slug());
        });
        HttpResponse<String> json = get("/api/verify/" + certificate.code(), "application/json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"status\":\"valid\"", "\"holder\":\"" + holder.fullName() + "\"");
        HttpResponse<String> negotiated = get("/verify/" + certificate.code(), "application/json");
        assertThat(negotiated.body()).contains("\"status\":\"valid\"");
        assertThat(json.body()).doesNotContain("employee", "email", certificate.number());
        HttpResponse<String> unknown = get("/api/verify/" + "A".repeat(32), "application/json");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(get("/api/verify/nonsense", "application/json").body()).isEqualTo(unknown.body());
    }

    @Test
    void a_role_play_earns_a_certificate_only_where_the_trainer_chose_so() {
        // Team Ost's employee: no other test of the class issues anything to her, so her count starts at zero
        AppUser employee = SignedIn.as(accounts, ownAuthority().englishSpeaker());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long scenarioId = jdbc.queryForObject("select min(id) from scenario", Long.class);
        events.publishEvent(new ScenarioCompleted(employee.authorityId(), employee.accountId(), scenarioId, "x", 1,
                "end", ScenarioContent.Outcome.GOOD, now, "Ohne", "Without", "Empathie", "Empathy", 10, false));
        assertThat(certificatesOf(employee)).isZero();
        events.publishEvent(new ScenarioCompleted(employee.authorityId(), employee.accountId(), scenarioId, "x", 1,
                "end", ScenarioContent.Outcome.GOOD, now, "Mit Bescheinigung", "With certificate", "Empathie",
                "Empathy", 10, true));
        assertThat(certificatesOf(employee)).isEqualTo(1);
        assertThat(certificates.find("Mit Bescheinigung", Pageable.ofSize(5))).singleElement()
                .satisfies(row -> assertThat(row.kind()).isEqualTo(CertificateKind.SCENARIO));
        assertThat(jdbc.queryForList("select description_de, description_en from certificate where title_de = ?",
                "Mit Bescheinigung")).singleElement().satisfies(descriptions -> assertThat(descriptions.values())
                        .containsExactly("Geübte Kompetenzen: Empathie", "Competences practised: Empathy"));
    }

    @Test
    void managers_certify_external_training_for_their_teams_only_with_checked_input() {
        TestAuthority authority = ownAuthority();
        Person holder = authority.employee();
        long aylin = holder.id();
        long nadia = authority.buddy().id();
        SignedIn.as(accounts, authority.secondManager());
        assertThatThrownBy(() -> certificates.issueExternal(training(aylin, 8)))
                .as("not his team").isInstanceOf(RecordNotFoundException.class);
        SignedIn.as(accounts, holder);
        assertThatThrownBy(() -> certificates.issueExternal(training(aylin, 8)))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as(accounts, authority.manager());
        assertThatThrownBy(() -> certificates.issueExternal(training(aylin, 0)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("certificate.error.hours");
        assertThatThrownBy(() -> certificates.issueExternal(new ExternalTraining(aylin, "Englisch B1", null,
                LocalDate.now().plusDays(3), 8, null, null)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("certificate.error.date");
        long id = certificates.issueExternal(training(aylin, 40));
        assertThat(certificates.download(id).fileName()).startsWith("certificate-")
                .endsWith("-" + holder.firstName() + "-" + holder.lastName() + ".pdf");
        long forNadia = certificates.issueExternal(training(nadia, 4));
        String badge = new String(certificates.badge(id).content(), StandardCharsets.UTF_8);
        assertThat(badge).contains("\"OpenBadgeCredential\"", "\"AchievementSubject\"", "\"validFrom\"",
                "\"criteria\"", "\"issuer\"", "https://www.w3.org/ns/credentials/v2", holder.fullName(),
                "/verify/" + repository.findById(id).orElseThrow().code());

        SignedIn.as(accounts, holder);
        assertThat(certificates.download(id).content()).isNotEmpty();
        assertThatThrownBy(() -> certificates.download(forNadia)).isInstanceOf(RecordNotFoundException.class);
        assertThat(certificates.find(null, Pageable.ofSize(500))).allMatch(row -> row.employeeId() == aylin);
        SignedIn.as(accounts, authority.secondManager());
        assertThatThrownBy(() -> certificates.download(id)).isInstanceOf(RecordNotFoundException.class);
        SignedIn.as(accounts, TestAuthority.of(context, getClass(), "c").admin());
        assertThatThrownBy(() -> certificates.download(id)).isInstanceOf(RecordNotFoundException.class);
        assertThat(certificates.find(null, Pageable.ofSize(500))).noneMatch(row -> row.employeeId() == aylin);
        SignedIn.as(accounts, authority.admin());
        assertThat(certificates.download(forNadia).content()).isNotEmpty();
    }

    @Test
    void revocation_needs_a_reason_is_logged_and_shows_on_the_verification_page() throws Exception {
        TestAuthority authority = ownAuthority();
        long aylin = authority.employee().id();
        SignedIn.as(accounts, authority.manager());
        long id = certificates.issueExternal(training(aylin, 6));
        Certificate issued = repository.findById(id).orElseThrow();
        assertThatThrownBy(() -> certificates.revoke(id, issued.getVersion(), "no"))
                .isInstanceOf(UserFacingException.class);
        SignedIn.as(accounts, authority.employee());
        assertThatThrownBy(() -> certificates.revoke(id, issued.getVersion(), "Kurs nicht besucht"))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, authority.manager());
        certificates.revoke(id, issued.getVersion(), "Kurs wurde nicht besucht");
        assertThat(verification.verify(issued.code())).hasValueSatisfying(found ->
                assertThat(found.status()).isEqualTo(CertificateStatus.REVOKED));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CERTIFICATE_REVOKED'"
                + " and target = ?", Long.class, issued.number())).isEqualTo(1);
        assertThat(get("/api/verify/" + issued.code(), "application/json").body()).contains("\"status\":\"revoked\"");
    }

    /**
     * The badge reads the certificate's facts and revoking updates four columns: neither reads or rewrites the archived
     * PDF (the entity would, its lazy column needing bytecode enhancement). A revocation still needs the version the
     * revoking person saw, and counts it up.
     */
    @Test
    void badge_and_revocation_neither_read_nor_write_the_pdf() throws Exception {
        TestAuthority authority = ownAuthority();
        SignedIn.as(accounts, authority.manager());
        long id = certificates.issueExternal(training(authority.employee().id(), 5));
        Certificate issued = repository.findById(id).orElseThrow();
        StatementCount.start();
        String badge;
        try {
            badge = new String(certificates.badge(id).content(), StandardCharsets.UTF_8);
        } finally {
            StatementCount.stop();
        }
        assertThat(badge).contains("/verify/" + issued.code(), authority.employee().fullName(),
                "Englisch für den Schalter (B1)");
        assertThat(StatementCount.sql()).as("the badge").isNotEmpty()
                .noneMatch(sql -> sql.toLowerCase(Locale.ROOT).contains("pdf"));

        assertThatThrownBy(() -> certificates.revoke(id, issued.getVersion() + 1, "Kurs wurde nicht besucht"))
                .as("a version the person did not see").isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(StatementCount.during(() -> certificates.revoke(id, issued.getVersion(),
                "  Kurs wurde nicht besucht "))).as("the revocation").isNotEmpty()
                .noneMatch(sql -> sql.toLowerCase(Locale.ROOT).contains("pdf"))
                .anyMatch(sql -> sql.toLowerCase(Locale.ROOT).startsWith("update certificate "));
        Certificate revoked = repository.findById(id).orElseThrow();
        assertThat(revoked.getVersion()).isEqualTo(issued.getVersion() + 1);
        assertThat(revoked.revokedReason()).isEqualTo("Kurs wurde nicht besucht");
        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(revoked.pdf()).as("the archived PDF as issued").isEqualTo(issued.pdf());
        assertThat(jdbc.queryForObject("select revoked_by from certificate where id = ?", Long.class, id))
                .isEqualTo(authority.manager().id());
        assertThatThrownBy(() -> certificates.revoke(id, revoked.getVersion(), "Noch einmal zurückgezogen"))
                .isInstanceOf(DomainException.class).hasMessageContaining("certificate.error.revoked");
        assertThatThrownBy(() -> certificates.revoke(id, issued.getVersion(), "Noch einmal zurückgezogen"))
                .as("the form opened before the revocation").isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CERTIFICATE_REVOKED'"
                + " and target = ?", Long.class, issued.number())).isEqualTo(1);
    }

    @Test
    void bulk_issuing_fills_the_gaps_keeps_the_others_when_one_fails_and_returns_a_zip() throws Exception {
        long[] module = shippedModule(1);
        // the three active people of Team Nord (the manager among them) completed the module
        TestAuthority authority = ownAuthority();
        List<Long> people = teamNord(authority);
        long authorityId = authority.id();
        for (long person : people) {
            completeDirectly(authorityId, person, module);
        }
        long failing = authority.buddy().id();
        doThrow(new IllegalStateException("disk full")).when(issuer)
                .issue(argThat(facts -> facts != null && facts.employeeId() == failing), any());
        long team = authority.teamId();

        SignedIn.as(accounts, authority.employee());
        assertThatThrownBy(() -> certificates.issueMissing(team, module[0], count -> { }))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, authority.secondManager());
        assertThatThrownBy(() -> certificates.issueMissing(team, module[0], count -> { }))
                .isInstanceOf(RecordNotFoundException.class);

        SignedIn.as(accounts, authority.manager());
        List<Integer> progress = new ArrayList<>();
        BulkResult result = certificates.issueMissing(team, module[0], progress::add);
        assertThat(result.issued()).isEqualTo(2);
        assertThat(result.failures()).singleElement().satisfies(failure ->
                assertThat(failure.holderName()).isEqualTo(authority.buddy().fullName()));
        assertThat(progress).containsExactly(1, 2, 3);
        assertThat(entries(result.zip())).isEqualTo(2);

        Mockito.reset(issuer);
        BulkResult again = certificates.issueMissing(team, module[0], count -> { });
        assertThat(again.issued()).as("only the one that failed").isEqualTo(1);
        assertThat(again.alreadyHad()).isEqualTo(2);
        assertThat(entries(again.zip())).isEqualTo(3);
    }

    @Test
    void an_interrupted_bulk_issue_leaves_an_audit_entry_for_every_stored_certificate() {
        long[] module = shippedModule(2);
        TestAuthority authority = ownAuthority();
        List<Long> people = teamNord(authority);
        long authorityId = authority.id();
        for (long person : people) {
            completeDirectly(authorityId, person, module);
        }
        long team = authority.teamId();
        SignedIn.as(accounts, authority.manager());

        // The run dies after the second person, as a kill -9 would end it: no summary entry is ever written.
        assertThatThrownBy(() -> certificates.issueMissing(team, module[0], count -> {
            if (count == 2) {
                throw new IllegalStateException("killed");
            }
        })).hasMessage("killed");

        List<String> stored = jdbc.queryForList("select number from certificate where source_id = ?"
                + " and source_kind = 'MODULE' and employee_id in (?, ?, ?)", String.class, module[0], people.get(0),
                people.get(1), people.get(2));
        assertThat(stored).hasSize(2);
        List<String> audited = jdbc.queryForList("select target from audit_entry where action = 'CERTIFICATE_ISSUED'"
                + " and authority_id = ?", String.class, authorityId);
        assertThat(audited).as("the log matches the register").containsAll(stored);
    }

    @Test
    void certificate_numbers_count_per_authority_and_year_and_a_failed_issue_gives_its_number_back() {
        long ours = ownAuthority().employee().id();
        long theirs = TestAuthority.of(context, getClass(), "c").admin().id();
        var inTransaction = new TransactionTemplate(transactions);

        long first = serial(inTransaction.execute(status -> issuer.issue(external(ours), null).orElseThrow()
                .number()));
        inTransaction.execute(status -> issuer.issue(external(theirs), null).orElseThrow().number());
        assertThatThrownBy(() -> inTransaction.execute(status -> {
            issuer.issue(external(ours), null);
            throw new IllegalStateException("storing failed after the number was drawn");
        })).hasMessageContaining("storing failed");
        String next = inTransaction.execute(status -> issuer.issue(external(ours), null).orElseThrow().number());

        assertThat(next).startsWith(LocalDate.now().getYear() + "-");
        assertThat(serial(next)).as("another authority's certificate and a failed one take no number of ours")
                .isEqualTo(first + 1);
    }

    @Test
    void two_issuers_at_once_get_distinct_numbers_without_gaps() throws Exception {
        // an authority no other test of the class issues in, so its numbers start at 1
        TestAuthority numbered = TestAuthority.of(context, getClass(), "b");
        long ours = numbered.employee().id();
        long authorityId = numbered.id();
        var inTransaction = new TransactionTemplate(transactions);
        long before = inTransaction.execute(status -> serial(issuer.issue(external(ours), null).orElseThrow()
                .number()));
        assertThat(before).as("the first number of a new authority").isEqualTo(1);
        int each = 6;
        var threads = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            List<Future<List<String>>> issuers = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                issuers.add(threads.submit(() -> {
                    start.await();
                    List<String> numbers = new ArrayList<>();
                    for (int index = 0; index < each; index++) {
                        numbers.add(inTransaction.execute(status -> issuer.issue(external(ours), null)
                                .orElseThrow().number()));
                    }
                    return numbers;
                }));
            }
            start.countDown();
            List<Long> serials = new ArrayList<>();
            for (var issued : issuers) {
                issued.get(2, TimeUnit.MINUTES).forEach(number -> serials.add(serial(number)));
            }
            assertThat(serials).doesNotHaveDuplicates().hasSize(2 * each);
            assertThat(serials.stream().mapToLong(Long::longValue).max().orElseThrow())
                    .as("no gaps: the numbers are exactly the next %d", 2 * each).isEqualTo(before + 2 * each);
            assertThat(jdbc.queryForObject("select count(*) from certificate where authority_id = ? and number > ?"
                    + " and number like ?", Long.class, authorityId, CertificateNumbers.format(LocalDate.now()
                    .getYear(), before), LocalDate.now().getYear() + "-%")).isEqualTo(2L * each);
        } finally {
            threads.shutdownNow();
        }
    }

    private CertificateFacts external(long employeeId) {
        long authorityId = jdbc.queryForObject("select authority_id from employee where id = ?", Long.class,
                employeeId);
        return new CertificateFacts(authorityId, employeeId, CertificateKind.EXTERNAL, null, null, null, "Nummernprobe",
                "Number check", null, null, null, LocalDate.now().minusDays(1), 60, null);
    }

    private static long serial(String number) {
        return Long.parseLong(number.substring(number.indexOf('-') + 1));
    }

    @Test
    void a_certificate_ending_soon_reminds_holder_and_manager_once() {
        Person holder = ownAuthority().employee();
        SignedIn.as(accounts, ownAuthority().manager());
        certificates.issueExternal(new ExternalTraining(holder.id(), "Erste Hilfe", null,
                LocalDate.now().minusYears(2), 8, "DRK", LocalDate.now().plusDays(10)));
        SignedIn.nobody();
        assertThat(StatementCount.during(reminders::remind))
                .as("the reminder neither reads nor rewrites archived PDFs").isNotEmpty()
                .noneMatch(sql -> sql.toLowerCase(Locale.ROOT).contains("pdf"));
        reminders.remind();
        SignedIn.as(accounts, holder);
        assertThat(notices.mine()).filteredOn(notice -> notice.messageKey().equals("notice.certificate-expiring"))
                .singleElement().satisfies(notice -> assertThat(notice.arguments())
                        .as("a date, written the reader's way when shown").contains(LocalDate.now().plusDays(10)));
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'certificate-reminders'",
                Integer.class)).as("the job ran under its lock row in the database").isEqualTo(1);
        SignedIn.as(accounts, ownAuthority().manager());
        assertThat(notices.mine()).filteredOn(notice -> notice.messageKey().equals("notice.certificate-expiring-team"))
                .singleElement().satisfies(notice -> assertThat(notice.arguments()).contains(holder.fullName()));
    }

    /**
     * The reminder looks its holders up together (name, authority, team and its managers): two statements about
     * people for any number of due certificates, where it once needed about five per certificate. Whatever else is due
     * in the shared database (the job covers every authority) is looked up in the same two.
     */
    @Test
    void the_reminder_looks_up_all_holders_at_once() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "reminders");
        List<Person> holders = authority.growTeamNord(context, 8).subList(0, 3);
        SignedIn.as(accounts, authority.manager());
        for (Person holder : holders) {
            certificates.issueExternal(new ExternalTraining(holder.id(), "Brandschutz", null,
                    LocalDate.now().minusYears(2), 4, "Feuerwehr", LocalDate.now().plusDays(12)));
        }
        SignedIn.nobody();
        List<String> ran = StatementCount.during(reminders::remind);
        Pattern people = Pattern.compile("\\bemployee\\b");
        assertThat(ran).as("statements that read people")
                .filteredOn(sql -> people.matcher(sql.toLowerCase(Locale.ROOT)).find()).hasSizeBetween(1, 2);
        for (Person holder : holders) {
            SignedIn.as(accounts, holder);
            assertThat(notices.mine()).filteredOn(notice -> notice.messageKey().equals("notice.certificate-expiring"))
                    .singleElement().satisfies(notice -> assertThat(notice.arguments()).contains(holder.fullName()));
        }
        SignedIn.as(accounts, authority.manager());
        assertThat(notices.mine()).filteredOn(notice -> notice.messageKey().equals("notice.certificate-expiring-team"))
                .hasSize(3);
    }

    /**
     * The public check is one query for exactly what the verdict shows: never the archived PDF, never the holder's
     * employee record, team or managers. Counted at the JDBC connection in this thread: the page's one service call,
     * and the API through Spring Security's filters (rate limit included) and the controller.
     */
    @Test
    void a_verification_is_one_statement_that_never_reads_the_pdf() throws Exception {
        TestAuthority authority = ownAuthority();
        SignedIn.as(accounts, authority.manager());
        long id = certificates.issueExternal(training(authority.employee().id(), 2));
        String code = repository.findById(id).orElseThrow().code();
        SignedIn.nobody();

        StatementCount.start();
        Optional<Verification> onThePage;
        try {
            onThePage = verification.verify(code.toLowerCase(Locale.ROOT));
        } finally {
            StatementCount.stop();
        }
        assertThat(onThePage).hasValueSatisfying(found -> {
            assertThat(found.status()).isEqualTo(CertificateStatus.VALID);
            assertThat(found.holderName()).isEqualTo(authority.employee().fullName());
            assertThat(found.authorityName()).contains(authority.slug());
        });
        assertThat(StatementCount.sql()).as("the page's service call").singleElement()
                .satisfies(sql -> assertThat(sql.toLowerCase(Locale.ROOT)).doesNotContain("pdf"));

        MockMvc api = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity())
                .build();
        for (String asked : List.of(code, "A".repeat(32))) {
            StatementCount.start();
            MvcResult answer;
            try {
                answer = api.perform(MockMvcRequestBuilders.get("/api/verify/" + asked)
                        .accept(MediaType.APPLICATION_JSON)).andReturn();
            } finally {
                StatementCount.stop();
            }
            assertThat(answer.getResponse().getStatus()).isEqualTo(asked.equals(code) ? 200 : 404);
            assertThat(StatementCount.sql()).as("the API for " + asked).singleElement()
                    .satisfies(sql -> assertThat(sql.toLowerCase(Locale.ROOT)).doesNotContain("pdf"));
        }
        StatementCount.start();
        try {
            assertThat(verification.verify("nonsense")).isEmpty();
        } finally {
            assertThat(StatementCount.stop()).as("a malformed code asks nothing").isZero();
        }
    }

    @Test
    void verification_requests_are_limited_per_client() throws Exception {
        VerificationRateLimit limit = new VerificationRateLimit(3, Clock.systemUTC());
        assertThat(List.of(limit.allowed("a"), limit.allowed("a"), limit.allowed("a"), limit.allowed("a"),
                limit.allowed("b"))).containsExactly(true, true, true, false, true);
    }

    /** The class's own authority, where every count starts at zero. */
    private TestAuthority ownAuthority() {
        return TestAuthority.of(context, getClass());
    }

    /** The active people of Team Nord: the manager, the employee and the buddy. */
    private static List<Long> teamNord(TestAuthority authority) {
        return List.of(authority.manager().id(), authority.employee().id(), authority.buddy().id());
    }

    private long certificatesOf(AppUser employee) {
        return jdbc.queryForObject("select count(*) from certificate where employee_id = ?", Long.class,
                employee.accountId());
    }

    private static ExternalTraining training(long employeeId, int hours) {
        return new ExternalTraining(employeeId, "Englisch für den Schalter (B1)", "Gespräche am Schalter auf Englisch",
                LocalDate.now().minusDays(3), hours, "Volkshochschule Musterstadt", null);
    }

    /** A shipped module and its first version: {module id, version id}. */
    private long[] shippedModule(int... index) {
        List<long[]> modules = jdbc.query("select m.id, v.id from learning_module m join module_version v"
                + " on v.module_id = m.id where m.authority_id is null order by m.id, v.number",
                (row, number) -> new long[] {row.getLong(1), row.getLong(2)});
        return modules.get(index.length == 0 ? 0 : index[0]);
    }

    private void completeDirectly(long authorityId, long employeeId, long[] module) {
        Timestamp now = Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS));
        jdbc.update("insert into learning_progress (id, version, authority_id, employee_id, module_id, module_version,"
                + " started_at, viewed_lessons, passed_quizzes, last_lesson, completed_at, expires_at)"
                + " values (?, 0, ?, ?, ?, ?, ?, '', '', 0, ?, null)", PROGRESS_IDS.incrementAndGet(), authorityId,
                employeeId, module[0], module[1], now, now);
    }

    private static int entries(byte[] zip) throws Exception {
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                count++;
            }
        }
        return count;
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
