package de.willkommensakademie.base.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Counts requests per client address in fixed one-minute windows. A feature declares its limit as a bean; the
 * security filter chain answers requests beyond it with 429 after Spring Security has written its headers.
 * The client is {@link HttpServletRequest#getRemoteAddr()}: the proxy's address unless
 * {@code server.forward-headers-strategy=native} lets Tomcat take it from {@code X-Forwarded-For} sent by a trusted
 * (internal) proxy. Each app instance counts on its own; behind the sticky load balancer a client stays on one.
 */
public abstract class ClientRateLimit {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Clock clock;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    protected ClientRateLimit(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Whether this limit counts the request. */
    protected abstract boolean appliesTo(HttpServletRequest request);

    /** Counts one request of the client; false once the client has used up this minute's allowance. */
    public boolean allowed(String client) {
        long window = clock.millis() / WINDOW.toMillis();
        if (windows.size() > 100_000) {
            windows.values().removeIf(entry -> entry[0] < window);
        }
        long[] entry = windows.compute(client, (key, current) -> current == null || current[0] != window
                ? new long[] {window, 1} : new long[] {window, current[1] + 1});
        return entry[1] <= perMinute;
    }

    /** The path below the context path, as the limits compare it. */
    protected static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
