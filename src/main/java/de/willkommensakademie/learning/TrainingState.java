package de.willkommensakademie.learning;

/** Where a person stands with one assigned item, as their manager may learn it (see docs/visibility.md). */
public enum TrainingState {
    NOT_STARTED, IN_PROGRESS, DONE, EXPIRING, OVERDUE, EXPIRED;

    /** Counts as done for compliance: completed and still valid (expiring soon is still valid). */
    public boolean isDone() {
        return this == DONE || this == EXPIRING;
    }

    /** Needs action now. */
    public boolean isLate() {
        return this == OVERDUE || this == EXPIRED;
    }
}
