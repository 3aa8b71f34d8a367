package de.willkommensakademie.language;

/** A team member's self-reported level waiting for the manager to verify it. */
public record PendingLevel(long levelId, long version, String person, String language, Cefr overall,
        Evidence evidence, boolean hasDocument) {
}
