package de.willkommensakademie.people;

import java.time.LocalDate;
import java.util.Set;

import de.willkommensakademie.base.security.Role;

/**
 * One line of the admin's employee list.
 *
 * @param linkedToIdentityProvider the account signs in through the authority's identity provider (a service account)
 */
public record EmployeeRow(long id, long version, String fullName, String username, String email, String teamName,
        JobRoleOption jobRole, Set<Role> roles, LocalDate startDate, boolean active, boolean locked,
        boolean linkedToIdentityProvider) {
}
