package de.willkommensakademie.privacy;

import java.time.Instant;
import java.time.LocalDate;

/** One request in the administrators' list; {@code overdue} while unanswered after {@code answerBy}. */
public record AccessibilityFeedbackRow(long id, long version, Instant receivedAt, LocalDate answerBy, String name,
        String email, String page, String message, Instant answeredAt, boolean overdue) {
}
