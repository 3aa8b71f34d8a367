package de.willkommensakademie.people;

import java.time.LocalDate;

import de.willkommensakademie.base.events.AuthorityEvent;

/**
 * Published when an account is created (by hand or by CSV import) for someone with a job role and a start date;
 * onboarding listens to it and starts their checklist.
 */
public record EmployeeJoined(long authorityId, long employeeId, String jobRoleCode, LocalDate startDate)
        implements AuthorityEvent {
}
