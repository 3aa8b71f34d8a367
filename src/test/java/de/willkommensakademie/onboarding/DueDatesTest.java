package de.willkommensakademie.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Due dates: start plus offset, across month and year ends, weekends moved to the Friday before. */
class DueDatesTest {

    @Test
    void offsets_count_calendar_days_across_month_and_year_ends() {
        assertThat(DueDates.due(LocalDate.of(2026, 1, 29), 3)).as("1 February is a Sunday: back into January")
                .isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(DueDates.due(LocalDate.of(2026, 1, 29), 5)).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(DueDates.due(LocalDate.of(2026, 12, 30), 2)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(DueDates.due(LocalDate.of(2028, 2, 28), 1)).as("leap day").isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(DueDates.due(LocalDate.of(2026, 3, 2), -2)).as("before day 1, Saturday → Friday")
                .isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void weekend_dates_move_to_the_friday_before() {
        LocalDate monday = LocalDate.of(2026, 11, 2);
        assertThat(DueDates.due(monday, 4)).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(DueDates.due(monday, 5)).as("Saturday").isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(DueDates.due(monday, 6)).as("Sunday").isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(DueDates.due(monday, 7)).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(DueDates.due(monday, -1)).as("the Sunday before a Monday start").isEqualTo(LocalDate.of(2026, 10, 30));
        for (int offset = -30; offset < 200; offset++) {
            assertThat(DueDates.isWorkingDay(DueDates.due(monday, offset))).isTrue();
        }
    }
}
