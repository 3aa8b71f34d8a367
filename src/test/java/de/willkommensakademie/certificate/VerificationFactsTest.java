package de.willkommensakademie.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The public verdict from the one query's facts: no Spring, no database. */
class VerificationFactsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate COMPLETED = LocalDate.of(2025, 3, 1);

    private static VerificationFacts facts(Instant revokedAt, LocalDate validUntil, Instant erasedAt) {
        return new VerificationFacts(revokedAt, validUntil, "Aylin Demir", erasedAt, "Erste Hilfe", "First aid",
                COMPLETED, "Ausländerbehörde Musterstadt");
    }

    @Test
    void a_certificate_without_end_or_revocation_is_valid_and_names_holder_title_dates_and_authority() {
        assertThat(facts(null, null, null).verdict(TODAY)).isEqualTo(new Verification(CertificateStatus.VALID,
                "Aylin Demir", "Erste Hilfe", "First aid", COMPLETED, null, "Ausländerbehörde Musterstadt", false));
    }

    @Test
    void it_is_valid_on_its_last_day_expired_the_day_after_and_revoked_whatever_its_end() {
        assertThat(facts(null, TODAY, null).verdict(TODAY).status()).isEqualTo(CertificateStatus.VALID);
        assertThat(facts(null, TODAY.minusDays(1), null).verdict(TODAY).status())
                .isEqualTo(CertificateStatus.EXPIRED);
        assertThat(facts(Instant.parse("2026-01-01T00:00:00Z"), TODAY.plusYears(1), null).verdict(TODAY).status())
                .isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void an_erased_holder_stays_genuine_but_unnamed() {
        Verification verdict = facts(null, null, Instant.parse("2026-02-01T00:00:00Z")).verdict(TODAY);
        assertThat(verdict.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(verdict.holderErased()).isTrue();
        assertThat(verdict.holderName()).isNull();
        assertThat(verdict.titleDe()).isEqualTo("Erste Hilfe");
    }
}
