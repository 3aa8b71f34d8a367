package de.willkommensakademie.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class RatingSummaryTest {

    @Test
    void mean_and_spread_of_known_ratings() {
        RatingSummary summary = RatingSummary.of(List.of(1, 2, 3, 4, 5));

        assertThat(summary.count()).isEqualTo(5);
        assertThat(summary.mean()).isEqualTo(3.0);
        assertThat(summary.spread()).isCloseTo(Math.sqrt(2), within(1e-12));
    }

    @Test
    void everyone_agreeing_has_no_spread() {
        RatingSummary summary = RatingSummary.of(List.of(4, 4, 4, 4, 4, 4));

        assertThat(summary.mean()).isEqualTo(4.0);
        assertThat(summary.spread()).isZero();
    }

    @Test
    void a_split_office_shows_the_widest_spread() {
        assertThat(RatingSummary.of(List.of(1, 5, 1, 5)).spread()).isEqualTo(2.0);
    }

    @Test
    void no_ratings_give_no_figures_and_out_of_range_ratings_are_refused() {
        RatingSummary none = RatingSummary.of(List.of());
        assertThat(none.count()).isZero();
        assertThat(none.mean()).isNaN();

        assertThatThrownBy(() -> RatingSummary.of(List.of(3, 6))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RatingSummary.of(List.of(0))).isInstanceOf(IllegalArgumentException.class);
    }
}
