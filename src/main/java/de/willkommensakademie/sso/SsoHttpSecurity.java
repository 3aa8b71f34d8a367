package de.willkommensakademie.sso;

import java.util.List;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import de.willkommensakademie.base.security.SignInMethod;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-in through each authority's identity provider on the one filter chain: the authorization code flow with PKCE,
 * state and nonce ({@code /oauth2/authorization/authority-N}), the provider's answer
 * ({@code /login/oauth2/code/authority-N}), back-channel logout ({@code /logout/connect/back-channel/authority-N}),
 * and a sign-out that ends the provider's session too.
 */
@Component
class SsoHttpSecurity implements SignInMethod {

    static final String AUTHORIZATION_BASE = "/oauth2/authorization";
    private static final String LOGIN_HINT = "login_hint";
    private static final int LOGIN_HINT_LENGTH = 254;

    private final SsoRegistrations registrations;
    private final SsoSignIn signIn;
    private final SsoFailure failure;
    private final ProviderLogout providerLogout;

    SsoHttpSecurity(SsoRegistrations registrations, SsoSignIn signIn, SsoFailure failure,
            ProviderLogout providerLogout) {
        this.registrations = registrations;
        this.signIn = signIn;
        this.failure = failure;
        this.providerLogout = providerLogout;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, AUTHORIZATION_BASE);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.authorizeHttpRequests(requests -> requests.requestMatchers(AUTHORIZATION_BASE + "/*",
                "/login/oauth2/code/*", "/logout/connect/back-channel/*").permitAll());
        // The provider calls back-channel logout server to server, without a browser session or CSRF token.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/logout/connect/back-channel/*"));
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withLoginHint(resolver)))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(signIn))
                .failureHandler(failure));
        http.oidcLogout(logout -> logout.clientRegistrationRepository(registrations)
                .oidcSessionRegistry(new NoSessionRegistry())
                .backChannel(backChannel -> backChannel.logoutHandler(providerLogout)));
    }

    /** Sessions from a provider end there too (RP-initiated logout); password sessions go to the login page. */
    @Override
    public LogoutSuccessHandler afterLogout() {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/login");
        handler.setDefaultTargetUrl("/login");
        // Vaadin signs out within a UI request: the browser must be sent on by the UI, not by an HTTP redirect of that
        // request (what Vaadin does for the handlers it creates itself).
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }

    /**
     * Passes on what someone typed on the login page (their e-mail address), so the provider's form starts with it.
     */
    private static OAuth2AuthorizationRequestResolver withLoginHint(OAuth2AuthorizationRequestResolver resolver) {
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                return hinted(request, resolver.resolve(request));
            }

            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
                return hinted(request, resolver.resolve(request, registrationId));
            }
        };
    }

    private static OAuth2AuthorizationRequest hinted(HttpServletRequest request,
            OAuth2AuthorizationRequest authorization) {
        String hint = request.getParameter(LOGIN_HINT);
        if (authorization == null || hint == null || hint.isBlank() || hint.length() > LOGIN_HINT_LENGTH) {
            return authorization;
        }
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> parameters.put(LOGIN_HINT, hint.strip())).build();
    }

    /**
     * Spring's registry keeps every provider session in this instance's memory, for its own back-channel handler;
     * {@link ProviderLogout} records ended sessions in the database instead, so nothing needs keeping here.
     */
    private static final class NoSessionRegistry implements OidcSessionRegistry {

        @Override
        public void saveSessionInformation(OidcSessionInformation info) {
            // nothing to keep: see the class comment
        }

        @Override
        public OidcSessionInformation removeSessionInformation(String clientSessionId) {
            return null;
        }

        @Override
        public Iterable<OidcSessionInformation> removeSessionInformation(OidcLogoutToken token) {
            return List.of();
        }
    }
}
