package de.willkommensakademie.sso;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import de.willkommensakademie.base.security.AccountCheck;
import de.willkommensakademie.base.security.AppUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Back-channel logout across instances. Spring Security checks the provider's logout token (signature, issuer,
 * audience, the logout event, no nonce); this records which session it ended in the database, and every instance's
 * account check (at most every few seconds per session) ends its matching sessions. Spring's own handler would only
 * reach sessions of the instance that received the call.
 */
@Component
class ProviderLogout implements LogoutHandler, AccountCheck {

    /** Longer than any session lives (sessions time out after idling; a signed-in day is far shorter). */
    private static final Duration KEPT = Duration.ofDays(2);

    private final EndedProviderSessionRepository ended;
    private final Clock clock;

    ProviderLogout(EndedProviderSessionRepository ended, Clock clock) {
        this.ended = ended;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication.getPrincipal() instanceof OidcLogoutToken token) {
            Instant now = clock.instant();
            ended.save(new EndedProviderSession(token.getIssuer().toString(), token.getSessionId(),
                    token.getSubject(), now));
            ended.deleteEndedBefore(now.minus(KEPT));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean stillValid(AppUser user) {
        OidcIdToken token = user.getIdToken();
        if (token == null) {
            return true;
        }
        // The app's own sign-in time: a token's iat has whole seconds only, so a new sign-in in the same second as a
        // logout of all the subject's sessions would count as ended.
        Instant signedInAt = user.signedInAt() == null ? Instant.EPOCH : user.signedInAt();
        return !ended.ended(token.getIssuer().toString(), token.getClaimAsString("sid"), token.getSubject(),
                signedInAt);
    }
}
