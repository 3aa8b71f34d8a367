package de.willkommensakademie.language;

import java.time.LocalDate;

/**
 * A course as listed, with who asked for it and when; {@code cost} in euro cents.
 */
public record CourseRow(long id, long version, long employeeId, String person, LocalDate requestedOn,
        String language, String provider, Cefr targetLevel, LocalDate startDate, LocalDate endDate,
        Integer hoursPlanned, Integer hoursAttended, Long costCents, CourseStatus status, String decisionReason,
        Cefr levelReached) {
}
