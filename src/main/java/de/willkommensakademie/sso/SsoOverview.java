package de.willkommensakademie.sso;

/** One authority in the operator's single sign-on list; {@code slug} names it in {@code /login?authority=slug}. */
public record SsoOverview(long authorityId, String authorityName, String slug, boolean enabled, String issuerUri,
        boolean localLogin) {
}
