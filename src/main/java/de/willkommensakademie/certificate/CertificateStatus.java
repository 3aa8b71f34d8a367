package de.willkommensakademie.certificate;

/** Valid until its end date (if any), then expired; revoked whenever someone withdrew it. */
public enum CertificateStatus {
    VALID, EXPIRED, REVOKED;

    static CertificateStatus of(java.time.Instant revokedAt, java.time.LocalDate validUntil,
            java.time.LocalDate today) {
        if (revokedAt != null) {
            return REVOKED;
        }
        return validUntil != null && validUntil.isBefore(today) ? EXPIRED : VALID;
    }
}
