package de.willkommensakademie.certificate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public check reads of a certificate, in one query: the verdict's inputs and what it shows, never the
 * archived PDF and never the holder's employee record.
 */
record VerificationFacts(Instant revokedAt, LocalDate validUntil, String holderName, Instant holderErasedAt,
        String titleDe, String titleEn, LocalDate completedOn, String authorityName) {

    Verification verdict(LocalDate today) {
        boolean erased = holderErasedAt != null;
        return new Verification(CertificateStatus.of(revokedAt, validUntil, today), erased ? null : holderName,
                titleDe, titleEn, completedOn, validUntil, authorityName == null ? "" : authorityName, erased);
    }
}
