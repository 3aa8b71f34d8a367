package de.willkommensakademie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The hourly allowance per client address, with a clock the test moves. */
class AccessibilityFeedbackRateLimitTest {

    /** A clock that stands still until the test moves it. */
    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-12-03T08:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void an_address_gets_its_allowance_back_in_the_next_hour_and_addresses_count_apart() {
        MovingClock clock = new MovingClock();
        AccessibilityFeedbackRateLimit limit = new AccessibilityFeedbackRateLimit(2, clock);

        assertThat(limit.allowed("192.0.2.1")).isTrue();
        assertThat(limit.allowed("192.0.2.1")).isTrue();
        assertThat(limit.allowed("192.0.2.1")).isFalse();
        assertThat(limit.allowed("192.0.2.2")).as("another address").isTrue();

        clock.move(Duration.ofMinutes(59));
        assertThat(limit.allowed("192.0.2.1")).as("same hour").isFalse();
        clock.move(Duration.ofMinutes(1));
        assertThat(limit.allowed("192.0.2.1")).as("next hour").isTrue();
    }
}
