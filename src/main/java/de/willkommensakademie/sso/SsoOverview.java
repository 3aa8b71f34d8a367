package de.willkommensakademie.sso;

/** One authority in the operator's single sign-on list. */
public record SsoOverview(long authorityId, String authorityName, boolean enabled, String issuerUri,
        boolean localLogin) {
}
