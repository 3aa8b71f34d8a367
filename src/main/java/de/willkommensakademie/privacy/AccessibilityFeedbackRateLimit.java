package de.willkommensakademie.privacy;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code app.accessibility.feedback-per-hour} (5) feedback messages per client address and clock hour, per
 * app instance: enough for a person with several barriers to report, too few to flood the administrators with
 * notices. The form is open to anyone, so the count is by address, not account; an office behind one NAT address
 * shares it (raise the limit there). Refused messages are not counted.
 */
@Component
class AccessibilityFeedbackRateLimit {

    static final Duration WINDOW = Duration.ofHours(1);

    private final int perHour;
    private final Clock clock;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    AccessibilityFeedbackRateLimit(@Value("${app.accessibility.feedback-per-hour:5}") int perHour, Clock clock) {
        this.perHour = perHour;
        this.clock = clock;
    }

    /** Counts one message of the client; false once this hour's allowance is used up. */
    boolean allowed(String client) {
        long window = clock.millis() / WINDOW.toMillis();
        if (windows.size() > 10_000) {
            windows.values().removeIf(entry -> entry[0] < window);
        }
        long[] entry = windows.compute(client == null ? "" : client, (key, current) -> current == null
                || current[0] != window ? new long[] {window, 1} : new long[] {window, current[1] + 1});
        return entry[1] <= perHour;
    }

    int perHour() {
        return perHour;
    }
}
