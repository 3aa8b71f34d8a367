package de.willkommensakademie.base.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notices a browser whose session is gone: it sends a session cookie this instance does not know, because the session
 * timed out, or the instance that held it was stopped or failed and the proxy sent the browser to another one
 * (sessions live in one instance's memory). The new session gets a mark, so that the login page, where such a request
 * ends up, can say why instead of appearing without a word. Signing out deletes the cookie, so a deliberate sign-out
 * is not mistaken for an ended session.
 */
public final class EndedSession {

    /** Session attribute: the previous session of this browser had ended. */
    public static final String ATTRIBUTE = EndedSession.class.getName();

    private EndedSession() {
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()
                    && !machineRequest(request)) {
                request.getSession(true).setAttribute(ATTRIBUTE, Boolean.TRUE);
            }
            chain.doFilter(request, response);
        }

        /** Requests of programs rather than people: they never see the login page, so they get no session. */
        private static boolean machineRequest(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/scim/");
        }
    }
}
