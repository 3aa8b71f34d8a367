package de.willkommensakademie.onboarding;

import java.time.DayOfWeek;
import java.time.LocalDate;

import de.willkommensakademie.people.FederalState;

/**
 * Due dates from the start date and an offset in calendar days. A date on a Saturday, Sunday or public holiday of
 * the authority's federal state (see {@link PublicHolidays}) moves to the working day before, so the task is done by
 * the end of that working week and things to prepare are ready before the first day. Only an item due on or after the
 * start that would thereby move before the start moves to the next working day instead.
 */
final class DueDates {

    private DueDates() {
    }

    /** {@code state} may be null: then only the nationwide holidays count. */
    static LocalDate due(LocalDate start, int offsetDays, FederalState state) {
        LocalDate date = start.plusDays(offsetDays);
        LocalDate earlier = date;
        while (!isWorkingDay(earlier, state)) {
            earlier = earlier.minusDays(1);
        }
        if (offsetDays < 0 || !earlier.isBefore(start)) {
            return earlier;
        }
        LocalDate later = date;
        while (!isWorkingDay(later, state)) {
            later = later.plusDays(1);
        }
        return later;
    }

    static boolean isWorkingDay(LocalDate date, FederalState state) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !PublicHolidays.isHoliday(date, state);
    }
}
