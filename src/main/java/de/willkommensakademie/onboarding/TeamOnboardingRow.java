package de.willkommensakademie.onboarding;

import java.time.LocalDate;

/**
 * A new employee's onboarding at a glance for their manager; onboarded when every item is finished. {@code overdue}
 * counts every open item past its due date, whoever is responsible; {@code overdueOwn} only the person's own, which is
 * all the person sees; {@code waiting} the items done and waiting for the manager's confirmation.
 */
public record TeamOnboardingRow(long checklistId, long version, long employeeId, String employee, String buddy,
        LocalDate startDate, long finished, long total, long overdue, long overdueOwn, long waiting,
        LocalDate expectedEnd) {

    public boolean onboarded() {
        return finished == total;
    }
}
