package de.willkommensakademie.privacy;

import java.time.LocalDate;

/** What the sender is told: when it arrived, by when the authority answers, and whether it can answer at all. */
public record AccessibilityFeedbackReceipt(String authorityName, LocalDate receivedOn, LocalDate answerBy,
        boolean canAnswer) {
}
