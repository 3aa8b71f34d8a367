package de.willkommensakademie.sso;

import java.util.Set;

/**
 * The reasons a refused sign-in through the identity provider is sent back to the login page with
 * ({@code /login?sso-error=code}); the page explains each ({@code login.sso.error.<code>}), anything else as
 * {@link #GENERAL}.
 */
public final class SignInErrors {

    /** The login page's query parameter carrying the code. */
    public static final String PARAMETER = "sso-error";

    public static final String GENERAL = "wa_failed";

    private static final Set<String> EXPLAINED = Set.of("invalid_id_token", "authorization_request_not_found",
            "access_denied", "wa_missing_email", "wa_missing_username", "wa_username_taken", "wa_email_taken",
            "wa_account_inactive", "wa_no_role", "wa_unavailable", GENERAL);

    private SignInErrors() {
    }

    /** The code as the login page shows it: itself when explained, otherwise the general failure. */
    public static String shown(String code) {
        return EXPLAINED.contains(code) ? code : GENERAL;
    }
}
