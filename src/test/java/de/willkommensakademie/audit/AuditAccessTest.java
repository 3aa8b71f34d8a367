package de.willkommensakademie.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link AuditAccess} as the rule it guards: another authority's audit and access log entries are not there for an
 * administrator, a person reads only the access log entries about themselves, and a page and its count agree. The
 * entries are written in an authority of the class's own; "another authority" is a further one.
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
    void an_access_log_entry_is_read_by_its_subject_and_the_own_authoritys_admins_only() {
        long aylin = authority.employee().id();
        String what = "Zugriffstest " + UUID.randomUUID();
        SignedIn.as(accounts, authority.manager());
        accessLog.record(AccessKind.ONBOARDING_VIEWED, aylin, what);

        SignedIn.as(accounts, authority.employee());
        assertThat(history.aboutMe(Pageable.ofSize(1000))).extracting(AccessRecord::what).containsExactly(what);
        assertThat(history.countAboutMe()).isEqualTo(1);
        SignedIn.as(accounts, authority.buddy());
        assertThat(history.aboutMe(Pageable.ofSize(1000))).extracting(AccessRecord::what).doesNotContain(what);
        SignedIn.as(accounts, authority.admin());
        assertThat(history.find(AccessFilter.none(), Pageable.ofSize(100_000))).extracting(AccessRecord::what)
                .contains(what);
        SignedIn.as(accounts, other.admin());
        List<AccessRecord> foreign = history.find(AccessFilter.none(), Pageable.ofSize(100_000));
        assertThat(foreign).extracting(AccessRecord::what).doesNotContain(what);
        assertThat(history.count(AccessFilter.none())).isEqualTo(foreign.size());
        assertThat(new String(history.exportCsv(AccessFilter.none(), Locale.GERMAN),
                StandardCharsets.UTF_8)).doesNotContain(what);
    }

    @Test
    void an_administrator_reads_only_the_audit_entries_of_their_own_authority() {
        long musterstadt = authority.id();
        String target = "Prüfziel " + UUID.randomUUID();
        auditLog.recordFor(musterstadt, authority.admin().username(), AuditAction.PASSWORD_RESET, target, null);

        SignedIn.as(accounts, other.admin());
        List<AuditRecord> shown = auditLog.find(AuditFilter.none(), Locale.GERMAN, Pageable.ofSize(100_000));
        assertThat(shown).extracting(AuditRecord::target).doesNotContain(target);
        assertThat(auditLog.count(AuditFilter.none())).isEqualTo(shown.size());

        SignedIn.as(accounts, authority.admin());
        assertThat(auditLog.find(AuditFilter.none(), Locale.GERMAN, Pageable.ofSize(100_000)))
                .extracting(AuditRecord::target).contains(target);
    }
}
