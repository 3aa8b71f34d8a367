package de.willkommensakademie.people;

/**
 * What team pages need of one person of a manager's teams, active or not, read for a whole team in one query: the name
 * they show, whether the person is still active and the code of their job role (what language targets apply).
 */
public record TeamPerson(long id, String fullName, boolean active, String jobRoleCode) {
}
