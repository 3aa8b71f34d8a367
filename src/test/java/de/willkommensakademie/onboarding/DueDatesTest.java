package de.willkommensakademie.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import de.willkommensakademie.people.FederalState;
import org.junit.jupiter.api.Test;

/**
 * Due dates: start plus offset, across month and year ends; weekends and the federal state's public holidays move to
 * the working day before, never before the start for items after it.
 */
class DueDatesTest {

    @Test
    void offsets_count_calendar_days_across_month_and_year_ends() {
        assertThat(DueDates.due(LocalDate.of(2026, 1, 29), 3, null)).as("1 February is a Sunday: back into January")
                .isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(DueDates.due(LocalDate.of(2026, 1, 29), 5, null)).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(DueDates.due(LocalDate.of(2028, 2, 28), 1, null)).as("leap day")
                .isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(DueDates.due(LocalDate.of(2026, 3, 2), -2, null)).as("before day 1, Saturday → Friday")
                .isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void weekend_dates_move_to_the_friday_before() {
        LocalDate monday = LocalDate.of(2026, 11, 2);
        assertThat(DueDates.due(monday, 4, null)).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(DueDates.due(monday, 5, null)).as("Saturday").isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(DueDates.due(monday, 6, null)).as("Sunday").isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(DueDates.due(monday, 7, null)).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(DueDates.due(monday, -1, null)).as("the Sunday before a Monday start")
                .isEqualTo(LocalDate.of(2026, 10, 30));
    }

    @Test
    void a_due_date_on_a_public_holiday_moves_to_the_working_day_before() {
        assertThat(DueDates.due(LocalDate.of(2026, 12, 28), 4, null)).as("1 January 2027, nationwide")
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(DueDates.due(LocalDate.of(2026, 12, 21), 5, null)).as("Christmas Day and Boxing Day")
                .isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(DueDates.due(LocalDate.of(2027, 3, 22), 7, null)).as("Easter Monday 2027 → before Good Friday")
                .isEqualTo(LocalDate.of(2027, 3, 25));
        LocalDate beforeCorpusChristi = LocalDate.of(2026, 6, 1);
        assertThat(DueDates.due(beforeCorpusChristi, 3, FederalState.NW)).as("Fronleichnam 2026 in NRW")
                .isEqualTo(LocalDate.of(2026, 6, 3));
        assertThat(DueDates.due(beforeCorpusChristi, 3, FederalState.BY)).as("and in Bavaria")
                .isEqualTo(LocalDate.of(2026, 6, 3));
        assertThat(DueDates.due(beforeCorpusChristi, 3, FederalState.SN)).as("a working day in Saxony")
                .isEqualTo(LocalDate.of(2026, 6, 4));
        assertThat(DueDates.due(LocalDate.of(2026, 11, 16), 2, FederalState.SN)).as("Buß- und Bettag in Saxony")
                .isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(DueDates.due(LocalDate.of(2026, 11, 16), 2, FederalState.NW))
                .isEqualTo(LocalDate.of(2026, 11, 18));
    }

    @Test
    void an_item_after_the_start_never_moves_before_the_start() {
        LocalDate newYearsDay = LocalDate.of(2027, 1, 1);
        assertThat(DueDates.due(newYearsDay, 0, null)).as("a start on a holiday: the next working day")
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(DueDates.due(newYearsDay, -1, null)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void every_computed_due_date_is_a_working_day_in_every_state() {
        LocalDate monday = LocalDate.of(2026, 11, 2);
        for (FederalState state : FederalState.values()) {
            for (int offset = -30; offset < 400; offset++) {
                assertThat(DueDates.isWorkingDay(DueDates.due(monday, offset, state), state)).isTrue();
            }
        }
    }
}
