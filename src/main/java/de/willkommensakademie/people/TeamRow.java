package de.willkommensakademie.people;

import java.util.List;

/** One line of the team list. */
public record TeamRow(long id, long version, String name, List<EmployeeOption> managers, long activeMembers) {
}
