package de.willkommensakademie.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link CertificateAccess} as the rule it guards: another authority's or another team's certificate reads as not
 * found, and the register and a single certificate agree for every role because they share one predicate.
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

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void another_authoritys_certificate_reads_as_not_found() {
        long aylin = id("employee");
        SignedIn.as(accounts, "manager");
        long certificate = certificates.issueExternal(training(aylin));

        SignedIn.as(accounts, "admin2");
        assertThatThrownBy(() -> certificates.download(certificate)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> certificates.badge(certificate)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> certificates.revoke(certificate, 0, "Nicht unsere Behörde"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> certificates.ofEmployee(aylin)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> certificates.issueExternal(training(aylin)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(certificates.find(null, Pageable.ofSize(1000))).extracting(CertificateRow::id)
                .doesNotContain(certificate);
    }

    @Test
    void another_teams_certificate_reads_as_not_found_for_a_manager() {
        long aylin = id("employee");
        SignedIn.as(accounts, "manager");
        long certificate = certificates.issueExternal(training(aylin));

        SignedIn.as(accounts, "c.wagner");
        assertThatThrownBy(() -> certificates.download(certificate)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> certificates.revoke(certificate, 0, "Nicht mein Team"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> certificates.ofEmployee(aylin)).isInstanceOf(RecordNotFoundException.class);
        assertThat(certificates.find(null, Pageable.ofSize(1000))).extracting(CertificateRow::id)
                .doesNotContain(certificate);

        SignedIn.as(accounts, "manager");
        assertThat(certificates.ofEmployee(aylin)).extracting(CertificateRow::id).contains(certificate);
        SignedIn.as(accounts, "admin");
        assertThat(certificates.ofEmployee(aylin)).extracting(CertificateRow::id).contains(certificate);
    }

    @Test
    void the_register_and_a_single_certificate_agree_for_every_role() {
        SignedIn.as(accounts, "manager");
        certificates.issueExternal(training(id("employee")));
        SignedIn.as(accounts, "trainer");
        certificates.issueExternal(training(id("c.wagner")));
        List<Long> all = jdbc.queryForList("select id from certificate", Long.class);

        for (String username : new String[] {"employee", "manager", "c.wagner", "trainer", "admin", "admin2"}) {
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
        SignedIn.as(accounts, "admin");
        assertThat(certificates.count(null)).as("the admin sees both")
                .isGreaterThanOrEqualTo(2);
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from employee where username = ?", Long.class, username);
    }

    private static ExternalTraining training(long employeeId) {
        return new ExternalTraining(employeeId, "Interkulturelle Kommunikation", null, LocalDate.now().minusDays(2), 4,
                "Volkshochschule", null);
    }
}
