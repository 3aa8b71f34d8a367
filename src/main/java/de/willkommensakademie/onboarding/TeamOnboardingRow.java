package de.willkommensakademie.onboarding;

import java.time.LocalDate;

/** A new employee's onboarding at a glance for their manager; onboarded when every item is finished. */
public record TeamOnboardingRow(long checklistId, long version, long employeeId, String employee, String buddy,
        LocalDate startDate, long finished, long total, long overdue, LocalDate expectedEnd) {

    public boolean onboarded() {
        return finished == total;
    }
}
