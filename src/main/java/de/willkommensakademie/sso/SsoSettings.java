package de.willkommensakademie.sso;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Entity;

/** An authority's connection to its OpenID Connect identity provider and how its claims map to accounts. */
@Entity
class SsoSettings extends AbstractEntity {

    private long authorityId;
    private boolean enabled;
    private String issuerUri;
    private String clientId;
    private String clientSecretRef;
    private String usernameClaim;
    private String emailClaim;
    private String givenNameClaim;
    private String familyNameClaim;
    private String groupsClaim;
    private boolean manageRoles;
    private String employeeGroups;
    private String managerGroups;
    private String trainerGroups;
    private String adminGroups;
    private String teamClaim;
    private String jobRoleClaim;
    private String emailDomains;
    private boolean localLogin;
    private String breakGlassUsername;

    protected SsoSettings() {
    }

    SsoSettings(long authorityId) {
        this.authorityId = authorityId;
        apply(SsoConfiguration.defaults(authorityId));
    }

    long authorityId() {
        return authorityId;
    }

    /** Takes every value of {@code configuration} (validated by the caller). */
    void apply(SsoConfiguration configuration) {
        enabled = configuration.enabled();
        issuerUri = configuration.issuerUri();
        clientId = configuration.clientId();
        clientSecretRef = configuration.clientSecretRef();
        usernameClaim = configuration.usernameClaim();
        emailClaim = configuration.emailClaim();
        givenNameClaim = configuration.givenNameClaim();
        familyNameClaim = configuration.familyNameClaim();
        groupsClaim = configuration.groupsClaim();
        manageRoles = configuration.manageRoles();
        employeeGroups = configuration.employeeGroups();
        managerGroups = configuration.managerGroups();
        trainerGroups = configuration.trainerGroups();
        adminGroups = configuration.adminGroups();
        teamClaim = blankToNull(configuration.teamClaim());
        jobRoleClaim = blankToNull(configuration.jobRoleClaim());
        emailDomains = configuration.emailDomains();
        localLogin = configuration.localLogin();
        breakGlassUsername = blankToNull(configuration.breakGlassUsername());
    }

    SsoConfiguration configuration() {
        return new SsoConfiguration(authorityId, getVersion(), enabled, issuerUri, clientId, clientSecretRef,
                usernameClaim, emailClaim, givenNameClaim, familyNameClaim, groupsClaim, manageRoles, employeeGroups,
                managerGroups, trainerGroups, adminGroups, nullToBlank(teamClaim), nullToBlank(jobRoleClaim),
                emailDomains, localLogin, nullToBlank(breakGlassUsername));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToBlank(String value) {
        return value == null ? "" : value;
    }
}
