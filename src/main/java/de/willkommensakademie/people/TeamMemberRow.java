package de.willkommensakademie.people;

import java.time.LocalDate;

/** What a manager sees of a team member: who they are and where they work, nothing about their performance. */
public record TeamMemberRow(long id, String fullName, String teamName, JobRoleOption jobRole, LocalDate startDate) {
}
