package de.willkommensakademie.sso;

import java.util.EnumSet;
import java.util.Set;

import de.willkommensakademie.people.IdentityProviderPolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What an authority's single sign-on settings mean for its accounts (see {@link IdentityProviderPolicy}). */
@Component
class SsoPolicy implements IdentityProviderPolicy {

    private final SsoSettingsRepository settings;

    SsoPolicy(SsoSettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<ManagedField> managedFields(long authorityId) {
        return settings.findByAuthorityId(authorityId).map(SsoSettings::configuration)
                .filter(SsoConfiguration::enabled).map(SsoPolicy::managed)
                .orElseGet(() -> EnumSet.noneOf(ManagedField.class));
    }

    private static Set<ManagedField> managed(SsoConfiguration configuration) {
        Set<ManagedField> fields = EnumSet.of(ManagedField.NAME, ManagedField.EMAIL, ManagedField.USERNAME);
        if (configuration.manageRoles()) {
            fields.add(ManagedField.ROLES);
        }
        if (!configuration.teamClaim().isBlank()) {
            fields.add(ManagedField.TEAM);
        }
        if (!configuration.jobRoleClaim().isBlank()) {
            fields.add(ManagedField.JOB_ROLE);
        }
        return fields;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean passwordLoginAllowed(long authorityId, String username, boolean linked) {
        return settings.findByAuthorityId(authorityId).map(SsoSettings::configuration)
                .filter(SsoConfiguration::enabled)
                .map(configuration -> username.equalsIgnoreCase(configuration.breakGlassUsername())
                        || configuration.localLogin() && !linked)
                .orElse(true);
    }
}
