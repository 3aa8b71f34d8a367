package de.willkommensakademie.sso;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * A refused sign-in through the identity provider: audited with the reason for the authority's administrators, and
 * the person is sent back to the login page, which explains it in their language (never a stack trace).
 */
@Component
class SsoFailure implements AuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SsoFailure.class);
    private static final Pattern REGISTRATION = Pattern.compile("/(?:oauth2/authorization|login/oauth2/code)/([^/?]+)");
    private static final int DETAIL_LENGTH = 400;

    private final AuditLog auditLog;
    private final SsoSettingsService settings;

    SsoFailure(AuditLog auditLog, SsoSettingsService settings) {
        this.auditLog = auditLog;
        this.settings = settings;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        String code = code(failure);
        OptionalLong authorityId = authorityOf(request);
        String detail = Optional.ofNullable(NestedExceptionUtils.getMostSpecificCause(failure).getMessage())
                .orElse(failure.getClass().getSimpleName());
        detail = detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH) + "…" : detail;
        LOG.info("Sign-in through the identity provider refused ({}): {}", code, detail);
        auditLog.recordFor(authorityId.isPresent() ? authorityId.getAsLong() : null, "–",
                AuditAction.SSO_SIGN_IN_REFUSED, code, detail);
        String slug = authorityId.isPresent() ? settings.slugOf(authorityId.getAsLong()).orElse("") : "";
        response.sendRedirect(request.getContextPath() + "/login?" + SignInErrors.PARAMETER + "="
                + SignInErrors.shown(code) + (slug.isEmpty() ? "" : "&authority=" + slug));
    }

    private static String code(AuthenticationException failure) {
        if (hasCause(failure, SsoUnavailable.class)) {
            return "wa_unavailable";
        }
        if (failure instanceof OAuth2AuthenticationException oauth) {
            return oauth.getError().getErrorCode();
        }
        return SignInErrors.GENERAL;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static OptionalLong authorityOf(HttpServletRequest request) {
        Matcher matcher = REGISTRATION.matcher(request.getRequestURI());
        return matcher.find() ? SsoRegistrations.authorityOf(matcher.group(1)) : OptionalLong.empty();
    }
}
