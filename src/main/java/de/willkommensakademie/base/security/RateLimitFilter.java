package de.willkommensakademie.base.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link ClientRateLimit}s inside the security filter chain, after the header writer, so a 429 carries
 * the same security headers as every other answer. Not a bean: as a bean Boot would also register it outside the chain.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final List<ClientRateLimit> limits;

    RateLimitFilter(List<ClientRateLimit> limits) {
        this.limits = List.copyOf(limits);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (ClientRateLimit limit : limits) {
            if (limit.appliesTo(request) && !limit.allowed(request.getRemoteAddr())) {
                response.setStatus(429);
                response.setHeader("Retry-After", String.valueOf(ClientRateLimit.WINDOW.toSeconds()));
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("Zu viele Anfragen, bitte in einer Minute erneut versuchen.\n"
                        + "Too many requests, please try again in a minute.\n");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
