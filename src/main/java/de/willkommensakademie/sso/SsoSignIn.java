package de.willkommensakademie.sso;

import java.time.Clock;

import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.people.IdentityProviderAccounts;
import de.willkommensakademie.people.SignInRefused;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The last step of a sign-in through the identity provider, after Spring Security checked the ID token (signature,
 * issuer, audience, expiry, nonce): the claims become the local account, created or kept in step, and the session's
 * principal is that account.
 */
@Component
class SsoSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final SsoSettingsRepository settings;
    private final IdentityProviderAccounts accounts;
    private final Clock clock;

    SsoSignIn(SsoSettingsRepository settings, IdentityProviderAccounts accounts, Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        // Adds what the userinfo endpoint says, after checking it is about the same subject.
        OidcUser claimed = provider.loadUser(request);
        long authorityId = SsoRegistrations.authorityOf(request.getClientRegistration().getRegistrationId())
                .orElseThrow();
        SsoConfiguration configuration = settings.findByAuthorityId(authorityId).map(SsoSettings::configuration)
                .orElseThrow();
        try {
            AppUser account = accounts.signIn(authorityId, ClaimMapping.identity(configuration,
                    claimed.getIdToken().getIssuer().toString(), claimed.getClaims()));
            return account.withIdToken(claimed.getIdToken(), clock.instant());
        } catch (SignInRefused refused) {
            throw new OAuth2AuthenticationException(new OAuth2Error(refused.reason().code(), refused.getMessage(),
                    null), refused);
        }
    }
}
