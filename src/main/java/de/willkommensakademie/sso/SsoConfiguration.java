package de.willkommensakademie.sso;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An authority's single sign-on settings as one value: what the operator's form edits and what sign-ins read.
 * Group lists and e-mail domains are written one per line or separated by commas.
 *
 * @param clientSecretRef where the client secret lives: {@code env:NAME} or {@code file:/path}, never the secret
 * @param employeeGroups  groups that make someone an employee; blank: everyone who signs in is one
 * @param breakGlassUsername the one administrator who keeps the password form when local login is off
 */
public record SsoConfiguration(long authorityId, long version, boolean enabled, String issuerUri, String clientId,
        String clientSecretRef, String usernameClaim, String emailClaim, String givenNameClaim, String familyNameClaim,
        String groupsClaim, boolean manageRoles, String employeeGroups, String managerGroups, String trainerGroups,
        String adminGroups, String teamClaim, String jobRoleClaim, String emailDomains, boolean localLogin,
        String breakGlassUsername) {

    /** The version of settings never saved: distinct from a first saved row's version 0, so two first saves clash. */
    public static final long UNSAVED = -1;

    /** What a new authority's settings start with: the claim names Keycloak uses and the documented group names. */
    public static SsoConfiguration defaults(long authorityId) {
        return new SsoConfiguration(authorityId, UNSAVED, false, "", "", "", "preferred_username", "email", "given_name",
                "family_name", "groups", true, "", "wa-manager", "wa-trainer", "wa-admin", "", "", "", true, "");
    }

    /** The entries of a list field: trimmed, without blanks; e-mail domains in lower case. */
    static List<String> entries(String list) {
        return list == null ? List.of()
                : Arrays.stream(list.split("[,\\n]")).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }

    List<String> domains() {
        return entries(emailDomains).stream().map(domain -> domain.toLowerCase(Locale.ROOT).replaceFirst("^@", ""))
                .toList();
    }

    /** The registration id Spring Security knows this authority's provider by (and the URLs carry). */
    public String registrationId() {
        return SsoRegistrations.registrationId(authorityId);
    }
}
