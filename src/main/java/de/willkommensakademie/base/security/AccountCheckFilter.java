package de.willkommensakademie.base.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a signed-in account that an {@link AccountCheck} no longer accepts, at most {@code interval} after
 * the change: the request then goes on as a visitor's (pages send to the login page; Vaadin's client reports the
 * session as ended and reloads). Checked per session at most once per interval, so a busy screen does not ask the
 * database on every round trip.
 */
class AccountCheckFilter extends OncePerRequestFilter {

    private static final String CHECKED_AT = AccountCheckFilter.class.getName() + ".checkedAt";

    private final List<AccountCheck> accounts;
    private final Duration interval;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts;

    /**
     * @param contexts the strategy the filter chain keeps the sign-in with (Vaadin's bean); the static holder may
     *                 belong to another application context in the same JVM (tests) and then sees nobody
     */
    AccountCheckFilter(List<AccountCheck> accounts, Duration interval, Clock clock,
            SecurityContextHolderStrategy contexts) {
        this.accounts = accounts;
        this.interval = interval;
        this.clock = clock;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = contexts.getContext().getAuthentication();
        if (session != null && signedIn != null && signedIn.getPrincipal() instanceof AppUser user && due(session)) {
            if (accounts.stream().allMatch(check -> check.stillValid(user))) {
                session.setAttribute(CHECKED_AT, clock.millis());
            } else {
                contexts.clearContext();
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean due(HttpSession session) {
        Object checkedAt = session.getAttribute(CHECKED_AT);
        return !(checkedAt instanceof Long at) || clock.millis() - at >= interval.toMillis();
    }
}
