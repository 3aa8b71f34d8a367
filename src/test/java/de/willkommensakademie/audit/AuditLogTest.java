package de.willkommensakademie.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.people.EmployeeImport;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The audit log as its reader meets it: details in the reader's language (older plain-text entries as they were),
 * filters by action, days and sign-ins, a CSV export of exactly the filtered entries of the admin's own authority.
 * In two authorities of the class's own, so the entries read are exactly those written here.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditLogTest {

    private static final AtomicLong IDS = new AtomicLong(90_000_000);

    @Autowired
    UserDetailsService accounts;
    @Autowired
    AuditLog auditLog;
    @Autowired
    EmployeeImport employeeImport;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    TestAuthority authority;
    TestAuthority other;

    @BeforeEach
    void twoAuthorities() {
        authority = TestAuthority.of(context, getClass());
        other = TestAuthority.of(context, getClass(), "b");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void details_are_written_in_the_readers_language_and_old_plain_text_entries_still_read() {
        SignedIn.as(accounts, authority.admin());
        employeeImport.importEmployees(("first_name;last_name;email;username;job_role\n"
                + "Rita;Protokoll;rita.protokoll@musterstadt.example;r.protokoll;front-office\n")
                .getBytes(StandardCharsets.UTF_8));
        AuditFilter imported = new AuditFilter(AuditAction.EMPLOYEES_IMPORTED, null, null, false);
        assertThat(auditLog.find(imported, Locale.GERMAN, PageRequest.of(0, 1)).getFirst().details())
                .isEqualTo("eine Person angelegt");
        assertThat(auditLog.find(imported, Locale.ENGLISH, PageRequest.of(0, 1)).getFirst().details())
                .isEqualTo("one person created");
        AuditFilter created = new AuditFilter(AuditAction.EMPLOYEE_CREATED, null, null, false);
        assertThat(auditLog.find(created, Locale.GERMAN, PageRequest.of(0, 1)).getFirst())
                .satisfies(entry -> assertThat(entry.target()).isEqualTo("r.protokoll"))
                .satisfies(entry -> assertThat(entry.details()).isEqualTo("CSV-Import, Zeile 2"));
        assertThat(auditLog.find(created, Locale.ENGLISH, PageRequest.of(0, 1)).getFirst().details())
                .isEqualTo("CSV import, line 2");

        long authority = this.authority.id();
        Instant lockedUntil = Instant.parse("2026-03-01T10:15:00Z");
        insert(authority, AuditAction.ACCOUNT_LOCKED, "lena", Instant.now(), "audit.details.locked-until",
                "[{\"instant\":\"2026-03-01T10:15:00Z\"}]", null);
        AuditFilter locked = new AuditFilter(AuditAction.ACCOUNT_LOCKED, null, null, false);
        assertThat(auditLog.find(locked, Locale.GERMAN, PageRequest.of(0, 1)).getFirst().details())
                .isEqualTo("gesperrt bis " + shown(lockedUntil, Locale.GERMAN));
        assertThat(auditLog.find(locked, Locale.ENGLISH, PageRequest.of(0, 1)).getFirst().details())
                .isEqualTo("locked until " + shown(lockedUntil, Locale.ENGLISH));
        insert(authority, AuditAction.EMPLOYEES_IMPORTED, null, Instant.now().plusSeconds(1),
                "audit.details.imported", "[2000]", null);
        assertThat(auditLog.find(imported, Locale.GERMAN, PageRequest.of(0, 1)).getFirst().details())
                .isEqualTo("2.000 Personen angelegt");
        assertThat(auditLog.find(imported, Locale.ENGLISH, PageRequest.of(0, 1)).getFirst().details())
                .isEqualTo("2,000 people created");
        insert(authority, AuditAction.ROLES_CHANGED, "lena", Instant.now(), "audit.details.from-to",
                "[{\"keys\":[\"role.EMPLOYEE\"]},{\"keys\":[\"role.EMPLOYEE\",\"role.MANAGER\"]}]", null);
        AuditFilter roles = new AuditFilter(AuditAction.ROLES_CHANGED, null, null, false);
        assertThat(auditLog.find(roles, Locale.GERMAN, PageRequest.of(0, 1)).getFirst().details())
                .isEqualTo("von „Mitarbeiter/in“ zu „Mitarbeiter/in, Führungskraft“");
        assertThat(auditLog.find(roles, Locale.ENGLISH, PageRequest.of(0, 1)).getFirst().details())
                .isEqualTo("from “Employee” to “Employee, Manager”");

        insert(authority, AuditAction.EMPLOYEES_IMPORTED, "3 employees", Instant.now().plusSeconds(5), null, null,
                null);
        assertThat(auditLog.find(imported, Locale.GERMAN, PageRequest.of(0, 1)).getFirst())
                .as("an entry from before structured details").satisfies(entry -> {
                    assertThat(entry.target()).isEqualTo("3 employees");
                    assertThat(entry.details()).isNull();
                });
    }

    @Test
    void the_filter_narrows_to_a_range_of_days_and_hides_sign_ins_with_one_switch() {
        long authority = this.authority.id();
        LocalDate day = LocalDate.of(2019, 5, 14);
        Instant noon = day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant();
        insert(authority, AuditAction.LOGIN, "range-login", noon, null, null, null);
        insert(authority, AuditAction.TEAM_CREATED, "range-team", noon.plusSeconds(60), null, null, null);
        insert(authority, AuditAction.TEAM_CREATED, "range-before", noon.minusSeconds(86_400), null, null, null);
        insert(authority, AuditAction.TEAM_CREATED, "range-after", noon.plusSeconds(86_400), null, null, null);
        SignedIn.as(accounts, this.authority.admin());

        assertThat(targets(new AuditFilter(null, day, day, false))).containsExactly("range-team", "range-login");
        assertThat(targets(new AuditFilter(null, day, day, true))).containsExactly("range-team");
        assertThat(auditLog.count(new AuditFilter(null, day, day, true))).isEqualTo(1);
        assertThat(targets(new AuditFilter(null, day.minusDays(1), day, true)))
                .containsExactly("range-team", "range-before");
        assertThat(targets(new AuditFilter(AuditAction.TEAM_CREATED, day, null, false)))
                .containsExactly("range-after", "range-team");
        assertThat(targets(new AuditFilter(null, null, day.minusDays(1), false))).containsExactly("range-before");
    }

    @Test
    void the_csv_export_holds_the_filtered_entries_of_the_admins_own_authority_and_is_recorded() throws Exception {
        insert(authority.id(), AuditAction.TEAM_RENAMED, "export-ours", Instant.now(), "audit.details.from-to",
                "[\"Alt\",\"Neu\"]", null);
        insert(other.id(), AuditAction.TEAM_RENAMED, "export-theirs", Instant.now(), null, null, null);
        SignedIn.as(accounts, authority.admin());
        AuditFilter renamed = new AuditFilter(AuditAction.TEAM_RENAMED, null, null, true);

        List<CSVRecord> german = csv(auditLog.exportCsv(renamed, Locale.GERMAN), ';');
        assertThat(german.getFirst().values()).containsExactly("Zeitpunkt", "Wer", "Aktion", "Betroffen", "Details");
        assertThat(german).as("the header and our one entry").hasSize(2).last()
                .satisfies(row -> assertThat(row.get(3)).isEqualTo("export-ours"))
                .satisfies(row -> assertThat(row.get(2)).isEqualTo("Team umbenannt"))
                .satisfies(row -> assertThat(row.get(4)).isEqualTo("von „Alt“ zu „Neu“"));
        assertThat(auditLog.count(renamed)).isEqualTo(1);
        List<CSVRecord> english = csv(auditLog.exportCsv(renamed, Locale.ENGLISH), ',');
        assertThat(english.getFirst().values()).containsExactly("When", "Who", "Action", "Affected", "Details");

        List<AuditRecord> exports = auditLog.find(new AuditFilter(AuditAction.AUDIT_LOG_EXPORTED, null, null, false),
                Locale.GERMAN, PageRequest.of(0, 2));
        assertThat(exports).as("both exports, the newest first").hasSize(2).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(authority.admin().username());
            assertThat(entry.details()).startsWith("ein Eintrag exportiert – Aktion: Team umbenannt, Zeitraum: – bis –");
        });

        SignedIn.as(accounts, other.admin());
        assertThat(csv(auditLog.exportCsv(renamed, Locale.GERMAN), ';')).extracting(row -> row.get(3))
                .containsExactly("Betroffen", "export-theirs");
    }

    @Test
    void only_admins_read_or_export_the_log() {
        for (Person person : List.of(authority.manager(), authority.employee(), authority.trainer())) {
            String username = person.username();
            SignedIn.as(accounts, username);
            assertThatThrownBy(() -> auditLog.find(AuditFilter.none(), Locale.GERMAN, PageRequest.of(0, 10)))
                    .as(username).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> auditLog.exportCsv(AuditFilter.none(), Locale.GERMAN)).as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> auditLog.count(AuditFilter.none())).as(username)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private static String shown(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale).withZone(ZoneId.systemDefault()).format(instant);
    }

    private List<String> targets(AuditFilter filter) {
        return auditLog.find(filter, Locale.GERMAN, PageRequest.of(0, 50)).stream().map(AuditRecord::target)
                .filter(target -> target != null && target.startsWith("range-")).toList();
    }

    private void insert(long authority, AuditAction action, String target, Instant at, String key, String arguments,
            String details) {
        jdbc.update("insert into audit_entry (id, occurred_at, authority_id, actor, action, target, details,"
                + " details_key, details_arguments) values (?, ?, ?, 'lena', ?, ?, ?, ?, ?)", IDS.incrementAndGet(),
                Timestamp.from(at), authority, action.name(), target, details, key, arguments);
    }

    private static List<CSVRecord> csv(byte[] bytes, char delimiter) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).as("a byte order mark for spreadsheet programs").startsWith("\uFEFF");
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text.substring(1)))
                .getRecords();
    }
}
