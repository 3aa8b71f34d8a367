package de.willkommensakademie.certificate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a certificate states, whatever it was issued for: {@code completedAt} identifies the completion it rests on
 * (null for external training), so the same completion never gets two certificates.
 */
record CertificateFacts(long authorityId, long employeeId, CertificateKind kind, Long sourceId, String sourceKey,
        Instant completedAt, String titleDe, String titleEn, String descriptionDe, String descriptionEn,
        String provider, LocalDate completedOn, int minutes, LocalDate validUntil) {
}
