package de.willkommensakademie.people;

/** A person as a choice in a form (e.g. a team's manager). */
public record EmployeeOption(long id, String fullName, String username) {
}
