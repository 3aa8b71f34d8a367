package de.willkommensakademie.certificate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Valid until its end date (if any), then expired; revoked whenever someone withdrew it. The register also marks a
 * valid certificate that ends within the reminder window as expiring soon; verification says only valid, expired
 * or revoked.
 */
public enum CertificateStatus {
    VALID, EXPIRING_SOON, EXPIRED, REVOKED;

    static CertificateStatus of(Instant revokedAt, LocalDate validUntil, LocalDate today) {
        if (revokedAt != null) {
            return REVOKED;
        }
        return validUntil != null && validUntil.isBefore(today) ? EXPIRED : VALID;
    }

    /** As the register shows it: a valid certificate ending on or before {@code lastDayOfWindow} expires soon. */
    static CertificateStatus inRegister(Instant revokedAt, LocalDate validUntil, LocalDate today,
            LocalDate lastDayOfWindow) {
        CertificateStatus status = of(revokedAt, validUntil, today);
        return status == VALID && validUntil != null && !validUntil.isAfter(lastDayOfWindow) ? EXPIRING_SOON : status;
    }
}
