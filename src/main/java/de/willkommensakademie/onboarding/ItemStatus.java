package de.willkommensakademie.onboarding;

/** An item is open until done, or skipped for this person with a reason. */
public enum ItemStatus {
    OPEN, DONE, SKIPPED
}
