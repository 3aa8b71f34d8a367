package de.willkommensakademie.certificate;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits verification requests per client address (fixed one-minute windows), so codes cannot be tried in bulk.
 * Each app instance counts on its own; behind the sticky load balancer a client stays on one instance.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class VerificationRateLimit extends OncePerRequestFilter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Clock clock;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    VerificationRateLimit(@Value("${app.certificates.verify-per-minute:30}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/verify/") && !path.startsWith("/api/verify/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!allowed(request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(WINDOW.toSeconds()));
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Too many requests / Zu viele Anfragen");
            return;
        }
        chain.doFilter(request, response);
    }

    boolean allowed(String client) {
        long window = clock.millis() / WINDOW.toMillis();
        if (windows.size() > 100_000) {
            windows.values().removeIf(entry -> entry[0] < window);
        }
        long[] entry = windows.compute(client, (key, current) -> current == null || current[0] != window
                ? new long[] {window, 1} : new long[] {window, current[1] + 1});
        return entry[1] <= perMinute;
    }
}
