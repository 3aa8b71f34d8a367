package de.willkommensakademie.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.willkommensakademie.SignedIn;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log as the rule it keeps: what others did with a person's records is recorded, never what the person did
 * with their own; each person reads the entries about them of the last twelve months, an administrator those of their
 * own authority, an operator nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
class AccessLogTest {

    private static final PageRequest ALL = PageRequest.of(0, 1000);

    @Autowired
    UserDetailsService accounts;
    @Autowired
    AccessLog accessLog;
    @Autowired
    AccessHistory history;
    @Autowired
    AccessRepository entries;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ApplicationContext context;

    private TestAuthority authority;
    private TestAuthority other;
    private Person employee;
    private Person manager;

    /** Entries about people of the class's own authorities, so the demo people's access logs stay as the demo left them. */
    @BeforeEach
    void ownAuthorities() {
        authority = TestAuthority.of(context, getClass());
        other = TestAuthority.of(context, getClass(), "b");
        employee = authority.employee();
        manager = authority.manager();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void looking_at_ones_own_records_is_not_recorded_but_looking_at_someone_elses_is() {
        long aylin = employee.id();
        long katrin = SignedIn.as(accounts, manager).accountId();
        String what = unique();

        accessLog.record(AccessKind.PERSON_PAGE_VIEWED, List.of(katrin, aylin), what);
        accessLog.record(AccessKind.ONBOARDING_VIEWED, katrin, what);

        assertThat(history.aboutMe(ALL)).noneMatch(entry -> what.equals(entry.what()));
        SignedIn.as(accounts, employee);
        assertThat(history.aboutMe(ALL)).filteredOn(entry -> what.equals(entry.what())).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(manager.fullName());
                    assertThat(entry.subject()).isEqualTo(employee.fullName());
                    assertThat(entry.kind()).isEqualTo(AccessKind.PERSON_PAGE_VIEWED);
                });
    }

    @Test
    void several_subjects_are_recorded_in_one_go_one_entry_each_at_the_same_instant() {
        long aylin = employee.id();
        long jana = authority.trainer().id();
        long claudia = authority.outsider().id();
        SignedIn.as(accounts, authority.admin());
        String what = unique();

        inTransaction(false, () -> accessLog.record(AccessKind.EXPORTED, List.of(aylin, jana, claudia, aylin), what));

        List<AccessRecord> recorded = history.find(new AccessFilter(null, AccessKind.EXPORTED, null, null), ALL)
                .stream().filter(entry -> what.equals(entry.what())).toList();
        assertThat(recorded).extracting(AccessRecord::subject)
                .containsExactlyInAnyOrder(employee.fullName(), authority.trainer().fullName(),
                        authority.outsider().fullName());
        assertThat(recorded).extracting(AccessRecord::actor).containsOnly(authority.admin().fullName());
        assertThat(recorded).extracting(AccessRecord::at).containsOnly(recorded.getFirst().at());
    }

    @Test
    void reads_inside_a_read_only_transaction_are_recorded_and_a_rolled_back_export_leaves_no_entry() {
        long aylin = employee.id();
        SignedIn.as(accounts, manager);
        String viewed = unique();
        String exported = unique();

        inTransaction(true, () -> accessLog.record(AccessKind.LANGUAGE_RECORDS_VIEWED, aylin, viewed));
        TransactionTemplate failing = new TransactionTemplate(transactions);
        failing.executeWithoutResult(status -> {
            accessLog.record(AccessKind.EXPORTED, aylin, exported);
            status.setRollbackOnly();
        });

        SignedIn.as(accounts, employee);
        assertThat(history.aboutMe(ALL)).extracting(AccessRecord::what).contains(viewed).doesNotContain(exported);
    }

    @Test
    void a_person_sees_only_entries_about_themselves_of_the_last_twelve_months_newest_first() {
        long aylin = employee.id();
        long sophie = this.authority.buddy().id();
        long katrin = manager.id();
        long authority = this.authority.id();
        String what = unique();
        var now = clock.instant().atZone(ZoneId.systemDefault());
        entries.saveAll(List.of(
                entry(now.minusMonths(13).toInstant(), authority, katrin, aylin, what + " 13"),
                entry(now.minusMonths(11).toInstant(), authority, katrin, aylin, what + " 11"),
                entry(now.minusDays(1).toInstant(), authority, katrin, aylin, what + " 0"),
                entry(now.minusDays(1).toInstant(), authority, katrin, sophie, what + " Sophie")));

        SignedIn.as(accounts, employee);
        List<String> shown = history.aboutMe(ALL).stream().map(AccessRecord::what)
                .filter(text -> text != null && text.startsWith(what)).toList();
        assertThat(shown).containsExactly(what + " 0", what + " 11");
        assertThat(history.countAboutMe()).isEqualTo(history.aboutMe(ALL).size());
        assertThat(history.aboutMe(PageRequest.of(0, 1))).hasSize(1);
    }

    @Test
    void an_administrator_reads_the_log_of_their_own_authority_filtered_by_person_kind_and_days() {
        long aylin = employee.id();
        long martin = other.employee().id();
        SignedIn.as(accounts, other.manager());
        String theirs = unique();
        accessLog.record(AccessKind.PERSON_PAGE_VIEWED, martin, theirs);
        SignedIn.as(accounts, manager);
        String ours = unique();
        accessLog.record(AccessKind.REMINDED, aylin, ours);

        SignedIn.as(accounts, authority.admin());
        assertThat(history.find(AccessFilter.none(), ALL)).extracting(AccessRecord::what).contains(ours)
                .doesNotContain(theirs);
        LocalDate today = LocalDate.now(clock);
        assertThat(history.find(new AccessFilter("emil neu", AccessKind.REMINDED, today, today), ALL))
                .extracting(AccessRecord::what).contains(ours);
        assertThat(history.find(new AccessFilter("LEITNER", null, null, null), ALL))
                .extracting(AccessRecord::what).contains(ours);
        assertThat(history.find(new AccessFilter("Emil", AccessKind.EXPORTED, null, null), ALL))
                .extracting(AccessRecord::what).doesNotContain(ours);
        assertThat(history.find(new AccessFilter(null, null, today.plusDays(1), null), ALL))
                .extracting(AccessRecord::what).doesNotContain(ours);
        assertThat(history.find(new AccessFilter(null, null, null, today.minusDays(1)), ALL))
                .extracting(AccessRecord::what).doesNotContain(ours);
        assertThat(history.count(new AccessFilter(employee.fullName(), AccessKind.REMINDED, today, today)))
                .isEqualTo(history.find(new AccessFilter(employee.fullName(), AccessKind.REMINDED, today, today), ALL)
                        .size());

        SignedIn.as(accounts, other.admin());
        assertThat(history.find(AccessFilter.none(), ALL)).extracting(AccessRecord::what).contains(theirs)
                .doesNotContain(ours);
    }

    @Test
    void the_csv_export_holds_exactly_the_filtered_entries_without_formulas_and_is_itself_audited() throws Exception {
        long aylin = employee.id();
        SignedIn.as(accounts, manager);
        String what = unique();
        accessLog.record(AccessKind.EXPORTED, aylin, "=HYPERLINK(\"x\") " + what);
        accessLog.record(AccessKind.REMINDED, aylin, what);

        SignedIn.as(accounts, authority.admin());
        LocalDate today = LocalDate.now(clock);
        AccessFilter filter = new AccessFilter("Emil", AccessKind.EXPORTED, today, today);
        byte[] csv = history.exportCsv(filter, Locale.GERMAN);

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))).getRecords();
        assertThat(rows.getFirst().values()).containsExactly("Zeitpunkt", "Wer", "Wessen Daten", "Was", "Gegenstand");
        assertThat(rows).hasSize(1 + (int) history.count(filter));
        assertThat(rows).anySatisfy(row -> assertThat(row.values()).containsSubsequence(manager.fullName(),
                employee.fullName(), "Exportiert", "'=HYPERLINK(\"x\") " + what));
        assertThat(rows).noneMatch(row -> row.get(4).equals(what));
        assertThat(auditLog.find(new AuditFilter(AuditAction.ACCESS_LOG_EXPORTED, null, null, false), Locale.GERMAN,
                PageRequest.of(0, 1)).getFirst().details()).startsWith((rows.size() - 1 == 1 ? "ein Eintrag"
                        : (rows.size() - 1) + " Einträge") + " exportiert – Person: Emil, Art: Exportiert");
    }

    @Test
    void operators_and_non_administrators_cannot_read_the_authoritys_log() {
        SignedIn.as(accounts, "operator");
        assertThatThrownBy(() -> history.aboutMe(ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.find(AccessFilter.none(), ALL)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, manager);
        assertThatThrownBy(() -> history.find(AccessFilter.none(), ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.count(AccessFilter.none())).isInstanceOf(AccessDeniedException.class);
    }

    private AccessEntry entry(Instant at, long authority, long actor, long subject, String what) {
        return new AccessEntry(at.truncatedTo(ChronoUnit.MILLIS), authority, actor, "Katrin Vogel", subject, null,
                AccessKind.PERSON_PAGE_VIEWED, what);
    }

    private void inTransaction(boolean readOnly, Runnable work) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(readOnly);
        template.executeWithoutResult(status -> work.run());
    }

    private static String unique() {
        return "test " + UUID.randomUUID();
    }
}
