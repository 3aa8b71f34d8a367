package de.willkommensakademie.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import de.willkommensakademie.base.DomainException;
import org.junit.jupiter.api.Test;

/** Revocation, guarded by the certificate itself: no Spring, no database. */
class CertificateTest {

    private static final Instant ISSUED = Instant.parse("2026-01-15T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static Certificate issued() {
        CertificateFacts facts = new CertificateFacts(1L, 2L, CertificateKind.EXTERNAL, null, null, ISSUED,
                "Erste Hilfe", "First aid", null, null, "DRK", LocalDate.of(2026, 1, 14), 480, null);
        return new Certificate(facts, "Aylin Demir", "WA-2026-0001", "abc123", "de", new byte[] {1}, ISSUED, 7L);
    }

    @Test
    void a_valid_certificate_is_revoked_with_who_when_and_the_reason_without_surrounding_blanks() {
        Certificate certificate = issued();

        certificate.revoke(7L, "  Kurs wurde nicht besucht ", NOW);

        assertThat(certificate.status(TODAY)).isEqualTo(CertificateStatus.REVOKED);
        assertThat(certificate.revokedAt()).isEqualTo(NOW);
        assertThat(certificate.revokedReason()).isEqualTo("Kurs wurde nicht besucht");
    }

    @Test
    void a_second_revocation_is_refused_and_the_first_reason_and_time_stay() {
        Certificate certificate = issued();
        certificate.revoke(7L, "Kurs wurde nicht besucht", NOW);

        assertThatThrownBy(() -> certificate.revoke(8L, "Falscher Name auf der Bescheinigung", NOW.plusSeconds(60)))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("certificate.error.revoked"));
        assertThat(certificate.revokedAt()).isEqualTo(NOW);
        assertThat(certificate.revokedReason()).isEqualTo("Kurs wurde nicht besucht");
    }

    @Test
    void a_revocation_without_a_real_reason_or_with_one_too_long_for_the_record_is_refused() {
        Certificate certificate = issued();
        for (String reason : new String[] {null, "", "  no  ", "x".repeat(CertificateLimits.REVOCATION_REASON + 1)}) {
            assertThatThrownBy(() -> certificate.revoke(7L, reason, NOW)).isInstanceOfSatisfying(DomainException.class,
                    refused -> {
                        assertThat(refused.messageKey()).isEqualTo("certificate.error.reason");
                        assertThat(refused.arguments()).containsExactly(CertificateLimits.REVOCATION_REASON_MIN,
                                CertificateLimits.REVOCATION_REASON);
                    });
        }
        assertThat(certificate.status(TODAY)).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.revokedAt()).isNull();
    }

    @Test
    void a_reason_of_exactly_the_shortest_and_longest_length_is_accepted() {
        Certificate shortest = issued();
        shortest.revoke(7L, "x".repeat(CertificateLimits.REVOCATION_REASON_MIN), NOW);
        assertThat(shortest.status(TODAY)).isEqualTo(CertificateStatus.REVOKED);
        Certificate longest = issued();
        longest.revoke(7L, "x".repeat(CertificateLimits.REVOCATION_REASON), NOW);
        assertThat(longest.revokedReason()).hasSize(CertificateLimits.REVOCATION_REASON);
    }
}
