package de.willkommensakademie.people;

import java.util.Locale;

/** A sign-in through the identity provider that must not open a session; the reason is shown and audited. */
public class SignInRefused extends RuntimeException {

    /** Why; the lower-case name is the error code on the login page ({@code login.sso.error.<code>}). */
    public enum Reason {
        MISSING_EMAIL, MISSING_USERNAME, USERNAME_TAKEN, EMAIL_TAKEN, ACCOUNT_INACTIVE, NO_ROLE;

        public String code() {
            return "wa_" + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;

    public SignInRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
