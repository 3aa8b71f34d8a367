package de.willkommensakademie.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.people.EmployeeFilter;
import de.willkommensakademie.people.EmployeeRow;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.team.SummaryFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Certificates running out soon, for many people in one query: not revoked, not renewed, only the people asked. */
class ExpiringCertificatesTest extends KaribuTest {

    private static final long MODULE = 424_242L;

    @Autowired
    ExpiringCertificates expiring;
    @Autowired
    CertificateRepository repository;
    @Autowired
    EmployeeService employees;

    @Test
    void lists_per_person_what_runs_out_within_the_days_asked_for_and_leaves_out_revoked_and_renewed_ones() {
        SummaryFixture.ensure(context);
        AppUser admin = login(SummaryFixture.ADMIN);
        List<EmployeeRow> people = employees.find(EmployeeFilter.none(), PageRequest.of(0, 50));
        long ahlers = id(people, "Ahlers");
        long cordes = id(people, "Cordes");
        long dreyer = id(people, "Dreyer");
        long ebert = id(people, "Ebert");
        long fuchs = id(people, "Fuchs");
        LocalDate today = LocalDate.now();
        long authority = admin.authorityId();
        save(authority, cordes, "Deeskalation", today.plusDays(20), today.minusYears(1), false);
        save(authority, cordes, "Deeskalation", today.plusDays(400), today.minusDays(3), false);
        save(authority, dreyer, "Dolmetschen", today.plusDays(15), today.minusYears(1), true);
        save(authority, ebert, "Asylrecht", today.plusDays(45), today.minusYears(1), false);
        save(authority, fuchs, "Schon vorbei", today.minusDays(1), today.minusYears(1), false);

        Map<Long, List<ExpiringCertificate>> soon = expiring.within(authority,
                List.of(ahlers, cordes, dreyer, ebert, fuchs), 30);
        assertThat(soon).containsOnlyKeys(ahlers);
        assertThat(soon.get(ahlers)).singleElement().satisfies(certificate -> {
            assertThat(certificate.title(Locale.GERMAN)).isEqualTo("Erste Hilfe");
            assertThat(certificate.validUntil()).isEqualTo(today.plusDays(10));
        });

        assertThat(expiring.within(authority, List.of(ahlers, cordes, dreyer, ebert, fuchs), 60))
                .containsOnlyKeys(ahlers, ebert);
        assertThat(expiring.within(authority, List.of(cordes, ebert), 60)).containsOnlyKeys(ebert);
        assertThat(expiring.within(authority, List.of(), 60)).isEmpty();
        assertThat(expiring.within(authority + 100_000, List.of(ahlers), 60)).as("another authority").isEmpty();
    }

    private void save(long authority, long employee, String title, LocalDate validUntil, LocalDate completedOn,
            boolean revoked) {
        CertificateFacts facts = new CertificateFacts(authority, employee, CertificateKind.MODULE, MODULE, null,
                completedOn.atStartOfDay(ZoneId.systemDefault()).toInstant(), title, title, null, null, null,
                completedOn, 60, validUntil);
        String unique = UUID.randomUUID().toString().substring(0, 18);
        Certificate certificate = new Certificate(facts, "Test", "T-" + unique, unique, "de", new byte[] {1},
                Instant.now(), null);
        if (revoked) {
            certificate.revoke(1, "falsch ausgestellt", Instant.now());
        }
        repository.save(certificate);
    }

    private static long id(List<EmployeeRow> people, String lastName) {
        return people.stream().filter(row -> row.fullName().endsWith(" " + lastName)).findFirst().orElseThrow().id();
    }
}
