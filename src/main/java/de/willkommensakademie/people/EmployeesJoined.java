package de.willkommensakademie.people;

import java.util.List;

/**
 * Published once for a CSV import instead of one {@link EmployeeJoined} per person, so that onboarding can start all
 * their checklists in one go (one transaction, templates read once) rather than 2,000 times over.
 */
public record EmployeesJoined(List<EmployeeJoined> people) {

    public EmployeesJoined {
        people = List.copyOf(people);
    }
}
