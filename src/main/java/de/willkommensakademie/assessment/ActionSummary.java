package de.willkommensakademie.assessment;

import java.time.LocalDate;

import de.willkommensakademie.learning.Cornerstone;

/**
 * An action in short, as the next round's results show it beside a statement it addressed, and as the owner's start
 * page lists it. {@code ownerName} is null when the owner was erased.
 */
public record ActionSummary(long id, long roundId, String title, Cornerstone cornerstone, ActionStatus status,
        LocalDate dueOn, String ownerName, boolean overdue) {
}
