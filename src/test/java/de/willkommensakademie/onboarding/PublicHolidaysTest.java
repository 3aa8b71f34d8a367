package de.willkommensakademie.onboarding;

import static de.willkommensakademie.people.FederalState.BE;
import static de.willkommensakademie.people.FederalState.BW;
import static de.willkommensakademie.people.FederalState.BY;
import static de.willkommensakademie.people.FederalState.HH;
import static de.willkommensakademie.people.FederalState.NW;
import static de.willkommensakademie.people.FederalState.SL;
import static de.willkommensakademie.people.FederalState.SN;
import static de.willkommensakademie.people.FederalState.TH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import de.willkommensakademie.people.FederalState;
import org.junit.jupiter.api.Test;

/** The holiday table against the published dates of 2026 and 2027. */
class PublicHolidaysTest {

    @Test
    void easter_falls_on_the_known_sundays() {
        assertThat(PublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(PublicHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(PublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(PublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(PublicHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void the_nine_nationwide_holidays_of_2026() {
        assertThat(PublicHolidays.of(2026, null)).containsExactlyInAnyOrder(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 10, 3),
                LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
    }

    @Test
    void north_rhine_westphalia_adds_corpus_christi_and_all_saints() {
        assertThat(PublicHolidays.of(2026, NW)).hasSize(11).contains(LocalDate.of(2026, 6, 4),
                LocalDate.of(2026, 11, 1));
        assertThat(PublicHolidays.of(2027, NW)).contains(LocalDate.of(2027, 5, 27), LocalDate.of(2027, 3, 26),
                LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 17));
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 10, 31), NW)).isFalse();
    }

    @Test
    void bavaria_and_baden_wuerttemberg_add_epiphany_corpus_christi_and_all_saints() {
        for (var state : new FederalState[] {BY, BW}) {
            assertThat(PublicHolidays.of(2027, state)).hasSize(12).contains(LocalDate.of(2027, 1, 6),
                    LocalDate.of(2027, 5, 27), LocalDate.of(2027, 11, 1));
        }
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 8, 15), BY)).as("local in Bavaria only").isFalse();
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 8, 15), SL)).isTrue();
    }

    @Test
    void saxony_adds_reformation_day_and_the_day_of_repentance_but_not_corpus_christi() {
        assertThat(PublicHolidays.of(2026, SN)).hasSize(11).contains(LocalDate.of(2026, 10, 31),
                LocalDate.of(2026, 11, 18));
        assertThat(PublicHolidays.of(2027, SN)).contains(LocalDate.of(2027, 10, 31), LocalDate.of(2027, 11, 17))
                .doesNotContain(LocalDate.of(2027, 5, 27));
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 10, 31), HH)).as("northern states since 2018")
                .isTrue();
    }

    @Test
    void berlin_and_thuringia_have_their_own_days() {
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2027, 3, 8), BE)).as("Frauentag").isTrue();
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2027, 3, 8), NW)).isFalse();
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 9, 20), TH)).as("Weltkindertag").isTrue();
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 9, 20), BE)).isFalse();
    }
}
