package de.willkommensakademie.sso;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;

/**
 * Spring Security's client registrations, one per authority with single sign-on switched on, built from its settings
 * and the provider's discovery document ({@code .well-known/openid-configuration}, which also checks that the provider
 * names itself by the configured issuer). Discovery answers are kept for a few minutes so a sign-in does not wait for
 * them; settings are read every time, so a change applies to the next sign-in on every instance.
 */
@Component
class SsoRegistrations implements ClientRegistrationRepository {

    private static final String PREFIX = "authority-";
    private static final Duration DISCOVERY_KEPT = Duration.ofMinutes(10);

    private final SsoSettingsRepository settings;
    private final SecretReference secrets;
    private final Clock clock;
    private final Map<String, Discovered> discovered = new ConcurrentHashMap<>();

    @Autowired
    SsoRegistrations(SsoSettingsRepository settings, Clock clock) {
        this(settings, SecretReference.ofProcess(), clock);
    }

    SsoRegistrations(SsoSettingsRepository settings, SecretReference secrets, Clock clock) {
        this.settings = settings;
        this.secrets = secrets;
        this.clock = clock;
    }

    static String registrationId(long authorityId) {
        return PREFIX + authorityId;
    }

    static OptionalLong authorityOf(String registrationId) {
        if (registrationId == null || !registrationId.matches(PREFIX + "[0-9]{1,18}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(registrationId.substring(PREFIX.length())));
    }

    /** Null for an unknown id or an authority without single sign-on (Spring Security's contract). */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        OptionalLong authorityId = authorityOf(registrationId);
        if (authorityId.isEmpty()) {
            return null;
        }
        return settings.findByAuthorityId(authorityId.getAsLong()).map(SsoSettings::configuration)
                .filter(SsoConfiguration::enabled).map(this::registration).orElse(null);
    }

    /**
     * The registration for {@code configuration}.
     *
     * @throws SsoUnavailable when the provider cannot be reached or the secret cannot be read
     */
    ClientRegistration registration(SsoConfiguration configuration) {
        String secret = secrets.resolve(configuration.clientSecretRef())
                .orElseThrow(() -> new SsoUnavailable("The client secret reference points at nothing readable"));
        return ClientRegistration.withClientRegistration(provider(configuration.issuerUri()))
                .registrationId(configuration.registrationId())
                .clientId(configuration.clientId())
                .clientSecret(secret)
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .build();
    }

    /** Forgets what discovery said about {@code issuerUri}, so the next sign-in asks again (settings changed). */
    void forget(String issuerUri) {
        discovered.remove(issuerUri);
    }

    private ClientRegistration provider(String issuerUri) {
        Instant now = clock.instant();
        Discovered known = discovered.get(issuerUri);
        if (known != null && known.at().plus(DISCOVERY_KEPT).isAfter(now)) {
            return known.registration();
        }
        ClientRegistration template;
        try {
            template = ClientRegistrations.fromIssuerLocation(issuerUri).registrationId("discovered")
                    .clientId("discovered").build();
        } catch (RuntimeException unreachable) {
            throw new SsoUnavailable("Discovery at " + issuerUri + " failed: " + unreachable.getMessage(),
                    unreachable);
        }
        discovered.put(issuerUri, new Discovered(template, now));
        return template;
    }


    private record Discovered(ClientRegistration registration, Instant at) {
    }
}
