package de.willkommensakademie.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import de.willkommensakademie.base.DomainException;
import org.junit.jupiter.api.Test;

/** The revocation rule of {@link Certificate}: no Spring, no database ({@code CertificateFlowTest} revokes for real). */
class CertificateTest {

    private static final Instant REVOKED = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void a_valid_certificate_is_revoked_with_the_reason_without_surrounding_blanks() {
        assertThat(Certificate.revocationReason(null, "  Kurs wurde nicht besucht ")).isEqualTo("Kurs wurde nicht besucht");
    }

    @Test
    void a_second_revocation_is_refused_whatever_its_reason() {
        assertThatThrownBy(() -> Certificate.revocationReason(REVOKED, "Falscher Name auf der Bescheinigung"))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("certificate.error.revoked"));
    }

    @Test
    void a_revocation_without_a_real_reason_or_with_one_too_long_for_the_record_is_refused() {
        for (String reason : new String[] {null, "", "  no  ", "x".repeat(CertificateLimits.REVOCATION_REASON + 1)}) {
            assertThatThrownBy(() -> Certificate.revocationReason(null, reason))
                    .isInstanceOfSatisfying(DomainException.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("certificate.error.reason");
                        assertThat(refused.arguments()).containsExactly(CertificateLimits.REVOCATION_REASON_MIN,
                                CertificateLimits.REVOCATION_REASON);
                    });
        }
    }

    @Test
    void a_reason_of_exactly_the_shortest_and_longest_length_is_accepted() {
        assertThat(Certificate.revocationReason(null, "x".repeat(CertificateLimits.REVOCATION_REASON_MIN)))
                .hasSize(CertificateLimits.REVOCATION_REASON_MIN);
        assertThat(Certificate.revocationReason(null, "x".repeat(CertificateLimits.REVOCATION_REASON)))
                .hasSize(CertificateLimits.REVOCATION_REASON);
    }
}
