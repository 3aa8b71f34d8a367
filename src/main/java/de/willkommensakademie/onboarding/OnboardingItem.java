package de.willkommensakademie.onboarding;

import java.time.LocalDate;

/**
 * One checklist item as a screen shows it, already in the reader's language. {@code mayTick}: the reader is the one
 * responsible; {@code maySignOff}: the reader is a manager and the item waits for sign-off.
 */
public record OnboardingItem(long id, long version, String person, String phase, String title, String description,
        Responsible responsible, LocalDate dueDate, ItemStatus status, boolean needsSignOff, boolean signedOff,
        String comment, String skipReason, boolean overdue, boolean mayTick, boolean maySignOff, boolean automatic) {

    public boolean finished() {
        return status == ItemStatus.SKIPPED || (status == ItemStatus.DONE && (!needsSignOff || signedOff));
    }
}
