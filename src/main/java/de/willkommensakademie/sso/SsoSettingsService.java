package de.willkommensakademie.sso;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.AuthorityRow;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.privacy.PrivacyNoticeService;
import de.willkommensakademie.privacy.PublicAuthority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform operator's single sign-on settings per authority, and what the login page offers. The client secret is
 * never stored or shown: only where it is kept ({@link SecretReference}).
 */
@Service
public class SsoSettingsService {

    private final SsoSettingsRepository settings;
    private final SsoRegistrations registrations;
    private final StaffDirectory staff;
    private final PrivacyNoticeService publicPages;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;

    SsoSettingsService(SsoSettingsRepository settings, SsoRegistrations registrations, StaffDirectory staff,
            PrivacyNoticeService publicPages, AuditLog auditLog, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.settings = settings;
        this.registrations = registrations;
        this.staff = staff;
        this.publicPages = publicPages;
        this.auditLog = auditLog;
    }

    /** Every authority with whether and where it signs in through an identity provider. */
    @RolesAllowed(Role.Name.OPERATOR)
    @Transactional(readOnly = true)
    public List<SsoOverview> overview() {
        Map<Long, SsoConfiguration> configured = settings.findAll().stream().map(SsoSettings::configuration)
                .collect(Collectors.toMap(SsoConfiguration::authorityId, Function.identity()));
        Map<Long, String> slugs = publicPages.authorities().stream()
                .collect(Collectors.toMap(PublicAuthority::id, PublicAuthority::slug));
        return staff.authorities().stream().map(authority -> {
            SsoConfiguration configuration = configured.getOrDefault(authority.id(),
                    SsoConfiguration.defaults(authority.id()));
            return new SsoOverview(authority.id(), authority.name(), slugs.get(authority.id()), configuration.enabled(),
                    configuration.issuerUri(), configuration.localLogin());
        }).toList();
    }

    /** The authority's settings, or the defaults when it has none yet (version {@link SsoConfiguration#UNSAVED}). */
    @RolesAllowed(Role.Name.OPERATOR)
    @Transactional(readOnly = true)
    public SsoConfiguration load(long authorityId) {
        requireAuthority(authorityId);
        return settings.findByAuthorityId(authorityId).map(SsoSettings::configuration)
                .orElseGet(() -> SsoConfiguration.defaults(authorityId));
    }

    /** Saves the settings after checking them; refused when someone else saved since they were loaded. */
    @RolesAllowed(Role.Name.OPERATOR)
    @Transactional
    public SsoConfiguration save(SsoConfiguration changed) {
        AuthorityRow authority = requireAuthority(changed.authorityId());
        validate(changed);
        SsoSettings stored = settings.findByAuthorityId(changed.authorityId()).orElse(null);
        if (stored == null) {
            if (changed.version() != SsoConfiguration.UNSAVED) {
                throw new UserFacingException("sso.error.changed-meanwhile");
            }
            stored = new SsoSettings(changed.authorityId());
        } else {
            stored.requireVersion(changed.version());
            registrations.forget(stored.configuration().issuerUri());
        }
        stored.apply(changed);
        settings.saveAndFlush(stored);
        auditLog.recordFor(authority.id(), currentUser.require().getUsername(), AuditAction.SSO_SETTINGS_CHANGED,
                authority.name(), describe(changed));
        return stored.configuration();
    }

    /** Asks the provider's discovery document and reads the secret, without saving; for the operator's "test". */
    @RolesAllowed(Role.Name.OPERATOR)
    public ConnectionCheck check(SsoConfiguration configuration) {
        validate(configuration);
        try {
            ClientRegistration registration = registrations.registration(configuration);
            var metadata = registration.getProviderDetails().getConfigurationMetadata();
            return new ConnectionCheck(true, registration.getProviderDetails().getIssuerUri(),
                    metadata.containsKey("end_session_endpoint"),
                    Boolean.TRUE.equals(metadata.get("backchannel_logout_supported")), "");
        } catch (SsoUnavailable unavailable) {
            return new ConnectionCheck(false, configuration.issuerUri(), false, false, unavailable.getMessage());
        }
    }

    /** The authorities a visitor can sign in to through their identity provider, for the login page. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<SsoLoginOption> loginOptions() {
        Map<Long, SsoConfiguration> enabled = settings.findByEnabledTrue().stream().map(SsoSettings::configuration)
                .collect(Collectors.toMap(SsoConfiguration::authorityId, Function.identity()));
        return publicPages.authorities().stream().filter(authority -> enabled.containsKey(authority.id()))
                .map(authority -> option(authority, enabled.get(authority.id()))).toList();
    }

    /** Whether the authority named by {@code slug} (or the only one) still offers the password form. */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean passwordFormOffered(String slug) {
        Optional<PublicAuthority> chosen = publicPages.authority(slug);
        return chosen.isEmpty() || settings.findByAuthorityId(chosen.get().id()).map(SsoSettings::configuration)
                .map(configuration -> !configuration.enabled() || configuration.localLogin()).orElse(true);
    }

    Optional<String> slugOf(long authorityId) {
        return publicPages.authorities().stream().filter(authority -> authority.id() == authorityId)
                .map(PublicAuthority::slug).findFirst();
    }

    private static SsoLoginOption option(PublicAuthority authority, SsoConfiguration configuration) {
        return new SsoLoginOption(authority.id(), authority.name(), authority.slug(),
                "oauth2/authorization/" + configuration.registrationId(), configuration.domains());
    }

    private AuthorityRow requireAuthority(long authorityId) {
        return staff.authorities().stream().filter(authority -> authority.id() == authorityId).findFirst()
                .orElseThrow(() -> new UserFacingException("sso.error.no-authority"));
    }

    /** What the audit shows of a change: everything but nothing secret (the reference only says where). */
    private static String describe(SsoConfiguration c) {
        return "enabled=" + c.enabled() + ", issuer=" + c.issuerUri() + ", client=" + c.clientId() + ", secret="
                + c.clientSecretRef() + ", roles managed=" + c.manageRoles() + ", local login=" + c.localLogin();
    }

    static void validate(SsoConfiguration c) {
        if (!c.enabled()) {
            return;
        }
        if (!acceptableIssuer(c.issuerUri())) {
            throw new UserFacingException("sso.error.issuer");
        }
        if (c.clientId() == null || c.clientId().isBlank()) {
            throw new UserFacingException("sso.error.client-id");
        }
        if (!SecretReference.wellFormed(c.clientSecretRef())) {
            throw new UserFacingException("sso.error.secret-ref");
        }
        for (String claim : List.of(c.usernameClaim(), c.emailClaim(), c.givenNameClaim(), c.familyNameClaim(),
                c.groupsClaim())) {
            if (claim == null || claim.isBlank()) {
                throw new UserFacingException("sso.error.claim");
            }
        }
        if (!c.localLogin() && (c.breakGlassUsername() == null || c.breakGlassUsername().isBlank())) {
            throw new UserFacingException("sso.error.break-glass");
        }
    }

    /**
     * https, or http only for a host on this machine or in the same container network (a name without a dot):
     * tokens and the client secret must never cross a network in clear text.
     */
    static boolean acceptableIssuer(String issuer) {
        if (issuer == null || issuer.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(issuer.strip());
            String host = uri.getHost();
            if (host == null || uri.getQuery() != null || uri.getFragment() != null) {
                return false;
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("https") || scheme.equals("http")
                    && (host.equals("localhost") || host.equals("127.0.0.1") || !host.contains("."));
        } catch (URISyntaxException malformed) {
            return false;
        }
    }
}
