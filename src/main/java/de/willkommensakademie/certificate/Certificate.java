package de.willkommensakademie.certificate;

import java.time.Instant;
import java.time.LocalDate;

import de.willkommensakademie.base.AbstractEntity;
import de.willkommensakademie.base.DomainException;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;

/**
 * One issued certificate with its archived PDF: what is printed never changes afterwards; only revocation and the
 * reminder mark do.
 */
@Entity
class Certificate extends AbstractEntity {

    private long authorityId;
    private long employeeId;
    private String holderName;
    private String number;
    private String code;
    @Enumerated(EnumType.STRING)
    private CertificateKind sourceKind;
    private Long sourceId;
    private String sourceKey;
    private Instant completedAt;
    private String titleDe;
    private String titleEn;
    private String descriptionDe;
    private String descriptionEn;
    private String provider;
    private LocalDate completedOn;
    private int minutes;
    private LocalDate validUntil;
    private String language;
    @Basic(fetch = FetchType.LAZY)
    private byte[] pdf;
    private Instant issuedAt;
    private Long issuedBy;
    private Instant revokedAt;

    /** When the holder was erased or anonymised: the certificate stays, the public verification names nobody. */
    private Instant holderErasedAt;
    private Long revokedBy;
    private String revokedReason;
    private Instant remindedAt;

    protected Certificate() {
    }

    Certificate(CertificateFacts facts, String holderName, String number, String code, String language, byte[] pdf,
            Instant issuedAt, Long issuedBy) {
        this.authorityId = facts.authorityId();
        this.employeeId = facts.employeeId();
        this.holderName = holderName;
        this.sourceKind = facts.kind();
        this.sourceId = facts.sourceId();
        this.sourceKey = facts.sourceKey();
        this.completedAt = facts.completedAt();
        this.titleDe = facts.titleDe();
        this.titleEn = facts.titleEn();
        this.descriptionDe = facts.descriptionDe();
        this.descriptionEn = facts.descriptionEn();
        this.provider = facts.provider();
        this.completedOn = facts.completedOn();
        this.minutes = facts.minutes();
        this.validUntil = facts.validUntil();
        this.number = number;
        this.code = code;
        this.language = language;
        this.pdf = pdf;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    CertificateStatus status(LocalDate today) {
        return CertificateStatus.of(revokedAt, validUntil, today);
    }

    /** The PDF prints the certificate's number, so it is drawn once the row is stored. */
    void complete(byte[] document) {
        this.pdf = document;
    }

    /**
     * The rule for withdrawing a certificate, which {@link CertificateService#revoke} applies before its versioned
     * update: it must not be revoked yet (a second revocation would overwrite who revoked it, when and why), and the
     * reason must have {@link CertificateLimits#REVOCATION_REASON_MIN} to {@link CertificateLimits#REVOCATION_REASON}
     * characters. Answers the reason stripped.
     */
    static String revocationReason(Instant alreadyRevokedAt, String reason) {
        if (alreadyRevokedAt != null) {
            throw new DomainException("certificate.error.revoked");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < CertificateLimits.REVOCATION_REASON_MIN
                || why.length() > CertificateLimits.REVOCATION_REASON) {
            throw new DomainException("certificate.error.reason", CertificateLimits.REVOCATION_REASON_MIN,
                    CertificateLimits.REVOCATION_REASON);
        }
        return why;
    }

    long authorityId() {
        return authorityId;
    }

    long employeeId() {
        return employeeId;
    }

    String holderName() {
        return holderName;
    }

    String number() {
        return number;
    }

    String code() {
        return code;
    }

    CertificateKind sourceKind() {
        return sourceKind;
    }

    Long sourceId() {
        return sourceId;
    }

    String title(String languageCode) {
        return "en".equals(languageCode) ? titleEn : titleDe;
    }

    String description(String languageCode) {
        return "en".equals(languageCode) ? descriptionEn : descriptionDe;
    }

    String sourceKey() {
        return sourceKey;
    }

    String language() {
        return language;
    }

    String provider() {
        return provider;
    }

    LocalDate completedOn() {
        return completedOn;
    }

    int minutes() {
        return minutes;
    }

    LocalDate validUntil() {
        return validUntil;
    }

    byte[] pdf() {
        return pdf;
    }

    Instant completedAt() {
        return completedAt;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    String revokedReason() {
        return revokedReason;
    }

    Instant revokedAt() {
        return revokedAt;
    }
}
