package de.willkommensakademie.certificate;

/**
 * Limits of what a person types about a certificate, declared once for the schema (V5), the entity, the service's
 * checks and the input fields' maxima.
 */
public final class CertificateLimits {

    public static final int TITLE = 200;
    public static final int DESCRIPTION = 1000;
    public static final int PROVIDER = 200;
    public static final int HOURS_MIN = 1;
    public static final int HOURS_MAX = 2000;
    /** A revocation must say why: a few words at least, and what fits the column. */
    public static final int REVOCATION_REASON_MIN = 5;
    public static final int REVOCATION_REASON = 1000;

    private CertificateLimits() {
    }
}
