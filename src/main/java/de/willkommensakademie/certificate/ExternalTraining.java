package de.willkommensakademie.certificate;

import java.time.LocalDate;

/** Training outside the platform (a language course, a seminar) that a manager or trainer certifies by hand. */
public record ExternalTraining(long employeeId, String title, String description, LocalDate completedOn,
        Integer hours, String provider, LocalDate validUntil) {
}
