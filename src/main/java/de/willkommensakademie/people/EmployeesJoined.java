package de.willkommensakademie.people;

import java.util.List;

import de.willkommensakademie.base.events.AuthorityEvent;

/**
 * Published once for a CSV import instead of one {@link EmployeeJoined} per person, so that onboarding can start all
 * their checklists in one go (one transaction, templates read once) rather than 2,000 times over.
 */
public record EmployeesJoined(List<EmployeeJoined> people) implements AuthorityEvent {

    public EmployeesJoined {
        people = List.copyOf(people);
    }

    /** An import fills one authority. */
    @Override
    public long authorityId() {
        return people.isEmpty() ? 0 : people.getFirst().authorityId();
    }
}
