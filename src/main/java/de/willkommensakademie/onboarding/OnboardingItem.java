package de.willkommensakademie.onboarding;

import java.time.LocalDate;

/**
 * One checklist item as a screen shows it, already in the reader's language. {@code mayTick}: the reader is the one
 * responsible; {@code maySignOff}: the item waits for sign-off and the reader may confirm it or send it back. Who
 * signed it off or sent it back, and when, is kept for everyone who sees the item.
 */
public record OnboardingItem(long id, long version, String person, String phase, String title, String description,
        Responsible responsible, LocalDate dueDate, ItemStatus status, boolean needsSignOff, boolean signedOff,
        String comment, String skipReason, boolean overdue, boolean mayTick, boolean maySignOff, boolean automatic,
        String signedOffBy, LocalDate signedOffOn, String sentBackBy, LocalDate sentBackOn, String sentBackReason) {

    public boolean finished() {
        return status == ItemStatus.SKIPPED || (status == ItemStatus.DONE && (!needsSignOff || signedOff));
    }

    /** Done by the person, now waiting for the confirmation. */
    public boolean waiting() {
        return status == ItemStatus.DONE && needsSignOff && !signedOff;
    }
}
