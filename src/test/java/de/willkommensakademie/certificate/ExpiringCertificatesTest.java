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
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Certificates running out soon, for many people in one query: not revoked, not renewed, only the people asked. In an
 * authority of the class's own, whose employee has an external first-aid certificate running out in ten days.
 */
class ExpiringCertificatesTest extends KaribuTest {

    private static final long MODULE = 424_242L;

    @Autowired
    ExpiringCertificates expiring;
    @Autowired
    CertificateRepository repository;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CertificateService certificates;
    @Autowired
    UserDetailsService accounts;

    @Test
    void lists_per_person_what_runs_out_within_the_days_asked_for_and_leaves_out_revoked_and_renewed_ones() {
        TestAuthority own = ownAuthority();
        long ahlers = own.employee().id();
        long cordes = own.buddy().id();
        long dreyer = own.outsider().id();
        long ebert = own.secondManager().id();
        long fuchs = own.englishSpeaker().id();
        LocalDate today = LocalDate.now();
        long authority = own.id();
        SignedIn.as(accounts, own.manager());
        certificates.issueExternal(new ExternalTraining(ahlers, "Erste Hilfe", null, today.minusYears(2), 8, "DRK",
                today.plusDays(10)));
        SignedIn.nobody();
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
        assertThat(expiring.within(TestAuthority.of(context, getClass(), "b").id(), List.of(ahlers), 60))
                .as("another authority").isEmpty();
    }

    private void save(long authority, long employee, String title, LocalDate validUntil, LocalDate completedOn,
            boolean revoked) {
        CertificateFacts facts = new CertificateFacts(authority, employee, CertificateKind.MODULE, MODULE, null,
                completedOn.atStartOfDay(ZoneId.systemDefault()).toInstant(), title, title, null, null, null,
                completedOn, 60, validUntil);
        String unique = UUID.randomUUID().toString().substring(0, 18);
        Certificate certificate = new Certificate(facts, "Test", "T-" + unique, unique, "de", new byte[] {1},
                Instant.now(), null);
        Certificate saved = repository.save(certificate);
        if (revoked) { // as CertificateService#revoke does
            transactions.executeWithoutResult(status -> repository.revoke(saved.getId(), saved.getVersion(), 1,
                    "falsch ausgestellt", Instant.now()));
        }
    }
}
