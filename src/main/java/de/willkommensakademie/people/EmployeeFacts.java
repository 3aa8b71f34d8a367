package de.willkommensakademie.people;

import java.time.LocalDate;

/** What other features need to know about a person to decide what applies to them. */
public record EmployeeFacts(long id, long authorityId, Long teamId, Long jobRoleId, LocalDate startDate) {
}
