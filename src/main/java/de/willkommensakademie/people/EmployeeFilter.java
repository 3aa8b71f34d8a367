package de.willkommensakademie.people;

import de.willkommensakademie.base.security.Role;

/** Filters of the employee list; null means "any". */
public record EmployeeFilter(String text, Long teamId, Role role, Long jobRoleId, Boolean active) {

    public static EmployeeFilter none() {
        return new EmployeeFilter(null, null, null, null, null);
    }
}
