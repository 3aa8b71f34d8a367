package de.willkommensakademie.people;

import java.util.Set;

import de.willkommensakademie.base.security.Role;

/**
 * A person as the authority's identity provider describes them at a sign-in, with the claims already mapped.
 *
 * @param roles   the roles the mapping grants; null when the authority keeps roles locally
 * @param team    name of the team the claim names, "" for none; null when teams are kept locally
 * @param jobRole code or name of the job role the claim names, "" for none; null when job roles are kept locally
 */
public record ExternalIdentity(String issuer, String subject, String username, String email, boolean emailVerified,
        String givenName, String familyName, Set<Role> roles, String team, String jobRole) {
}
