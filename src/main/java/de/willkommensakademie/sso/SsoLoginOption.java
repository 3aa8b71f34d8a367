package de.willkommensakademie.sso;

import java.util.List;

/**
 * An authority the login page offers "Mit Dienstkonto anmelden" for.
 *
 * @param startPath where the sign-in starts, relative to the app (a full page load, not a route)
 * @param emailDomains domains of the authority's e-mail addresses, to find it from what someone types
 */
public record SsoLoginOption(long authorityId, String name, String slug, String startPath,
        List<String> emailDomains) {
}
