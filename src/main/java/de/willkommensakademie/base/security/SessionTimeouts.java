package de.willkommensakademie.base.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Component;

/**
 * Every visitor of the login page or a verification page gets a server session (Vaadin keeps the page's state
 * there), so sessions nobody has signed into end sooner: they start with the short anonymous timeout and get the
 * normal one at sign-in. The anonymous timeout stays above Vaadin's five-minute heartbeat, so an open login page
 * does not expire while someone is about to type.
 */
@Component
class SessionTimeouts implements HttpSessionListener, SessionAuthenticationStrategy {

    private final int anonymousSeconds;
    private final int signedInSeconds;

    SessionTimeouts(@Value("${app.security.anonymous-session-timeout:10m}") Duration anonymous,
            @Value("${server.servlet.session.timeout:30m}") Duration signedIn) {
        this.anonymousSeconds = Math.toIntExact(anonymous.toSeconds());
        this.signedInSeconds = Math.toIntExact(signedIn.toSeconds());
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(anonymousSeconds);
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        request.getSession().setMaxInactiveInterval(signedInSeconds);
    }
}
