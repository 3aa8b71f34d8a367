package de.willkommensakademie.audit;

import java.time.LocalDate;

/**
 * Which entries of the authority's access log to show: a person by name (who looked, or whose records were looked
 * at; part of the name is enough, case ignored), one kind or all, and a range of days (both ends included, either open).
 */
public record AccessFilter(String person, AccessKind kind, LocalDate from, LocalDate to) {

    public AccessFilter {
        person = person == null || person.isBlank() ? null : person.strip();
    }

    public static AccessFilter none() {
        return new AccessFilter(null, null, null, null);
    }
}
