package de.willkommensakademie.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link CertificateAccess} as the rule it guards: another authority's or another team's certificate reads as not
 * found, and the register and a single certificate agree for every role because they share one predicate. Issued in
 * an authority of the class's own; "another authority" is a further one.
 */
@SpringBootTest
@ActiveProfiles("test")
class CertificateAccessTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    CertificateService certificates;
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
    void another_authoritys_certificate_reads_as_not_found() {
        long aylin = authority.employee().id();
        SignedIn.as(accounts, authority.manager());
        long certificate = certificates.issueExternal(training(aylin));

        SignedIn.as(accounts, other.admin());
        assertThatThrownBy(() -> certificates.download(certificate)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> certificates.badge(certificate)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> certificates.revoke(certificate, 0, "Nicht unsere Behörde"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> certificates.ofEmployee(aylin)).isInstanceOf(RecordNotFoundException.class);
        assertThat(certificates.find(null, Pageable.ofSize(1000))).extracting(CertificateRow::id)
                .doesNotContain(certificate);
        // issuing is for managers and trainers: another authority's manager
        SignedIn.as(accounts, other.manager());
        assertThatThrownBy(() -> certificates.issueExternal(training(aylin)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void another_teams_certificate_reads_as_not_found_for_a_manager() {
        long aylin = authority.employee().id();
        SignedIn.as(accounts, authority.manager());
        long certificate = certificates.issueExternal(training(aylin));

        SignedIn.as(accounts, authority.secondManager());
        assertThatThrownBy(() -> certificates.download(certificate)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> certificates.revoke(certificate, 0, "Nicht mein Team"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> certificates.ofEmployee(aylin)).isInstanceOf(RecordNotFoundException.class);
        assertThat(certificates.find(null, Pageable.ofSize(1000))).extracting(CertificateRow::id)
                .doesNotContain(certificate);

        SignedIn.as(accounts, authority.manager());
        assertThat(certificates.ofEmployee(aylin)).extracting(CertificateRow::id).contains(certificate);
        SignedIn.as(accounts, authority.admin());
        assertThat(certificates.ofEmployee(aylin)).extracting(CertificateRow::id).contains(certificate);
    }

    @Test
    void the_register_and_a_single_certificate_agree_for_every_role() {
        SignedIn.as(accounts, authority.manager());
        long forEmployee = certificates.issueExternal(training(authority.employee().id()));
        SignedIn.as(accounts, authority.trainer());
        long forSecondManager = certificates.issueExternal(training(authority.secondManager().id()));
        List<Long> all = jdbc.queryForList("select id from certificate where authority_id in (?, ?)", Long.class,
                authority.id(), other.id());

        for (Person viewer : List.of(authority.employee(), authority.manager(), authority.secondManager(),
                authority.trainer(), authority.admin(), other.admin())) {
            String username = viewer.username();
            SignedIn.as(accounts, username);
            List<Long> listed = certificates.find(null, Pageable.ofSize(10_000)).stream().map(CertificateRow::id)
                    .toList();
            assertThat(certificates.count(null)).as(username).isEqualTo(listed.size());
            for (long certificate : all) {
                if (listed.contains(certificate)) {
                    assertThat(certificates.download(certificate).content()).as(username).isNotEmpty();
                } else {
                    assertThatThrownBy(() -> certificates.download(certificate)).as(username + " " + certificate)
                            .isInstanceOf(RecordNotFoundException.class);
                }
            }
        }
        SignedIn.as(accounts, authority.admin());
        assertThat(certificates.find(null, Pageable.ofSize(10_000))).extracting(CertificateRow::id)
                .as("the admin sees both").contains(forEmployee, forSecondManager);
        SignedIn.as(accounts, other.admin());
        assertThat(certificates.count(null)).as("another authority's administrator sees none").isZero();
    }

    private static ExternalTraining training(long employeeId) {
        return new ExternalTraining(employeeId, "Interkulturelle Kommunikation", null, LocalDate.now().minusDays(2), 4,
                "Volkshochschule", null);
    }
}
