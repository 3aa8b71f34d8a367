package de.willkommensakademie.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where one person stands with one module: its group in their list and the day it is due. The one rule for the list
 * and the reminders. A completion that ran out counts as not done, due again from the day it ran out.
 */
record Standing(LearningItem.Group group, LocalDate due, boolean expired) {

    static Standing of(Applying assigned, LearningProgress progress, Instant now, LocalDate today) {
        return of(assigned, progress == null ? null : progress.fact(), now, today);
    }

    static Standing of(Applying assigned, ProgressFact progress, Instant now, LocalDate today) {
        boolean expired = progress != null && progress.isCompleted() && progress.isExpiredAt(now);
        LocalDate due = assigned == null ? null : assigned.due();
        if (expired) {
            // recertification: due again from the day the completion ran out
            due = progress.expiresAt().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        LearningItem.Group group;
        if (progress != null && progress.isCompleted() && !expired) {
            group = LearningItem.Group.DONE;
        } else if (due != null && due.isBefore(today)) {
            group = LearningItem.Group.OVERDUE;
        } else if (progress != null && !expired) {
            group = LearningItem.Group.IN_PROGRESS;
        } else {
            group = LearningItem.Group.DUE;
        }
        return new Standing(group, due, expired);
    }
}
