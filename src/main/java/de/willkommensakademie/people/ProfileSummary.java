package de.willkommensakademie.people;

import java.time.LocalDate;
import java.util.List;

/** What the start page tells a person about their own place in the office. */
public record ProfileSummary(String fullName, String teamName, JobRoleOption jobRole, LocalDate startDate,
        List<String> managerNames) {
}
