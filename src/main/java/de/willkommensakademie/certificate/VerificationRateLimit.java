package de.willkommensakademie.certificate;

import java.time.Clock;

import de.willkommensakademie.base.security.ClientRateLimit;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Limits verification requests per client address, so codes cannot be tried in bulk. */
@Component
class VerificationRateLimit extends ClientRateLimit {

    VerificationRateLimit(@Value("${app.certificates.verify-per-minute:30}") int perMinute, Clock clock) {
        super(perMinute, clock);
    }

    @Override
    protected boolean appliesTo(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/verify/") || path.startsWith("/api/verify/");
    }
}
