package de.willkommensakademie.people;

/** A SCIM request the people feature refuses; nothing is stored then. */
public class ProvisioningRefused extends RuntimeException {

    /** Why; the SCIM answer follows from it (409 uniqueness, 400 invalid value or mutability). */
    public enum Reason {
        USERNAME_TAKEN, EMAIL_TAKEN, INVALID_USERNAME, USERNAME_IMMUTABLE
    }

    private final Reason reason;

    public ProvisioningRefused(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
