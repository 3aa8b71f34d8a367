package de.willkommensakademie.language;

import java.time.Instant;
import java.time.LocalDate;

import de.willkommensakademie.base.events.AuthorityEvent;

/**
 * Published when a language course is completed with an outcome; the certificate feature issues a certificate for
 * it.
 */
public record LanguageCourseCompleted(long authorityId, long employeeId, long courseId, String language,
        String languageNameDe, String languageNameEn, Cefr levelReached, String provider, LocalDate endDate,
        int hours, Instant completedAt) implements AuthorityEvent {
}
