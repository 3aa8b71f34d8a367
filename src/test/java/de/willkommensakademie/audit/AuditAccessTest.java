package de.willkommensakademie.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.willkommensakademie.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link AuditAccess} as the rule it guards: another authority's audit and access log entries are not there for an
 * administrator, a person reads only the access log entries about themselves, and a page and its count agree.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditAccessTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    AccessLog accessLog;
    @Autowired
    AccessHistory history;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void an_access_log_entry_is_read_by_its_subject_and_the_own_authoritys_admins_only() {
        long aylin = jdbc.queryForObject("select id from employee where username = 'employee'", Long.class);
        String what = "Zugriffstest " + UUID.randomUUID();
        SignedIn.as(accounts, "manager");
        accessLog.record(AccessKind.ONBOARDING_VIEWED, aylin, what);

        SignedIn.as(accounts, "employee");
        assertThat(history.aboutMe(Pageable.ofSize(1000))).extracting(AccessRecord::what).contains(what);
        assertThat(history.countAboutMe()).isEqualTo(history.aboutMe(Pageable.ofSize(100_000)).size());
        SignedIn.as(accounts, "j.weiss");
        assertThat(history.aboutMe(Pageable.ofSize(1000))).extracting(AccessRecord::what).doesNotContain(what);
        SignedIn.as(accounts, "admin");
        assertThat(history.find(AccessFilter.none(), Pageable.ofSize(100_000))).extracting(AccessRecord::what)
                .contains(what);
        SignedIn.as(accounts, "admin2");
        List<AccessRecord> foreign = history.find(AccessFilter.none(), Pageable.ofSize(100_000));
        assertThat(foreign).extracting(AccessRecord::what).doesNotContain(what);
        assertThat(history.count(AccessFilter.none())).isEqualTo(foreign.size());
        assertThat(new String(history.exportCsv(AccessFilter.none(), Locale.GERMAN),
                StandardCharsets.UTF_8)).doesNotContain(what);
    }

    @Test
    void an_administrator_reads_only_the_audit_entries_of_their_own_authority() {
        long musterstadt = jdbc.queryForObject("select authority_id from employee where username = 'admin'",
                Long.class);
        String target = "Prüfziel " + UUID.randomUUID();
        auditLog.recordFor(musterstadt, "admin", AuditAction.PASSWORD_RESET, target, null);

        SignedIn.as(accounts, "admin2");
        List<AuditRecord> shown = auditLog.find(AuditFilter.none(), Locale.GERMAN, Pageable.ofSize(100_000));
        assertThat(shown).extracting(AuditRecord::target).doesNotContain(target);
        assertThat(auditLog.count(AuditFilter.none())).isEqualTo(shown.size());

        SignedIn.as(accounts, "admin");
        assertThat(auditLog.find(AuditFilter.none(), Locale.GERMAN, Pageable.ofSize(100_000)))
                .extracting(AuditRecord::target).contains(target);
    }
}
