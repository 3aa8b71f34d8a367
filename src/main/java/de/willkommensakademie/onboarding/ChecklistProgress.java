package de.willkommensakademie.onboarding;

import java.time.LocalDate;

/**
 * A person's onboarding checklist in numbers, as team views show it: items finished of all, items overdue, and the
 * last due date (when the checklist is expected to be through).
 */
public record ChecklistProgress(long employeeId, long finished, long total, long overdue, LocalDate end) {

    public boolean complete() {
        return total > 0 && finished == total;
    }
}
