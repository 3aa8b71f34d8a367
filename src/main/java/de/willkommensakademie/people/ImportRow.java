package de.willkommensakademie.people;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

import de.willkommensakademie.base.security.Role;

/** One employee as read from an import file, for the preview. */
public record ImportRow(int line, String firstName, String lastName, String email, String username,
        JobRoleOption jobRole, TeamOption team, LocalDate startDate, String language, Set<Role> roles)
        implements Serializable {
}
