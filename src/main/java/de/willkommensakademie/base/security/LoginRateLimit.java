package de.willkommensakademie.base.security;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits loads of the login page and sign-in attempts per client address, so passwords cannot be tried across many
 * accounts in bulk (the per-account lockout stops only guessing at one account) and page loads cannot pile up
 * sessions. Vaadin's own requests on the page ({@code v-r=...}) are not counted.
 */
@Component
class LoginRateLimit extends ClientRateLimit {

    LoginRateLimit(@Value("${app.security.logins-per-minute:60}") int perMinute, Clock clock) {
        super(perMinute, clock);
    }

    @Override
    protected boolean appliesTo(HttpServletRequest request) {
        String query = request.getQueryString();
        return path(request).equals("/login") && (query == null || !query.contains("v-r="));
    }
}
