package de.willkommensakademie.onboarding;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Due dates from the start date and an offset in calendar days. A date that falls on a Saturday or Sunday moves to
 * the Friday before, so the task is done by the end of that working week (and things to prepare are ready before a
 * Monday start). Public holidays differ by state and are not considered.
 */
final class DueDates {

    private DueDates() {
    }

    static LocalDate due(LocalDate start, int offsetDays) {
        LocalDate date = start.plusDays(offsetDays);
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.minusDays(2);
            default -> date;
        };
    }

    static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
