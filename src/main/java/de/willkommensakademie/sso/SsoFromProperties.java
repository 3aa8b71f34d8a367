package de.willkommensakademie.sso;

import java.util.List;
import java.util.Optional;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.people.AuthorityRow;
import de.willkommensakademie.people.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single-authority installations configure single sign-on by properties (environment variables) instead of the
 * operator's screen: at every start the connection is written into the authority's settings, so the screen shows it
 * and the claim mapping stays editable there. After the demo data (an empty database has no authority before it).
 */
@Component
@Order(5)
class SsoFromProperties implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SsoFromProperties.class);

    private final SsoSettingsRepository settings;
    private final StaffDirectory staff;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final String issuerUri;
    private final String clientId;
    private final String clientSecretRef;
    private final String authority;
    private final boolean localLogin;

    SsoFromProperties(SsoSettingsRepository settings, StaffDirectory staff, AuditLog auditLog,
            TransactionTemplate transaction, @Value("${app.sso.issuer-uri:}") String issuerUri,
            @Value("${app.sso.client-id:}") String clientId,
            @Value("${app.sso.client-secret-ref:}") String clientSecretRef,
            @Value("${app.sso.authority:}") String authority, @Value("${app.sso.local-login:true}") boolean localLogin) {
        this.settings = settings;
        this.staff = staff;
        this.auditLog = auditLog;
        this.transaction = transaction;
        this.issuerUri = issuerUri.strip();
        this.clientId = clientId.strip();
        this.clientSecretRef = clientSecretRef.strip();
        this.authority = authority.strip();
        this.localLogin = localLogin;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (issuerUri.isEmpty()) {
            return;
        }
        AuthorityRow target = target().orElseThrow(() -> new IllegalStateException(
                "app.sso.issuer-uri is set, but app.sso.authority names no authority (short name), and there is not"
                        + " exactly one: " + authority));
        try {
            transaction.executeWithoutResult(status -> apply(target));
        } catch (DataAccessException writtenByAnotherInstance) {
            // Two instances starting together: the other one wrote the same values.
            LOG.info("Single sign-on settings from properties were written by another instance");
        }
    }

    private void apply(AuthorityRow target) {
        SsoSettings stored = settings.findByAuthorityId(target.id()).orElseGet(() -> new SsoSettings(target.id()));
        SsoConfiguration current = stored.configuration();
        SsoConfiguration wanted = new SsoConfiguration(target.id(), current.version(), true, issuerUri, clientId,
                clientSecretRef, current.usernameClaim(), current.emailClaim(), current.givenNameClaim(),
                current.familyNameClaim(), current.groupsClaim(), current.manageRoles(), current.employeeGroups(),
                current.managerGroups(), current.trainerGroups(), current.adminGroups(), current.teamClaim(),
                current.jobRoleClaim(), current.emailDomains(), localLogin, current.breakGlassUsername());
        if (wanted.equals(current)) {
            return;
        }
        try {
            SsoSettingsService.validate(wanted);
        } catch (UserFacingException invalid) {
            throw new IllegalStateException("The app.sso.* properties are invalid (" + invalid.messageKey()
                    + "): issuer https (or http on localhost), client id, secret as env:NAME or file:/path, and a"
                    + " break-glass username when local login is off", invalid);
        }
        stored.apply(wanted);
        settings.save(stored);
        auditLog.recordFor(target.id(), "app.sso properties", AuditAction.SSO_SETTINGS_CHANGED, target.name(),
                "enabled=true, issuer=" + issuerUri + ", client=" + clientId + ", secret=" + clientSecretRef
                        + ", local login=" + localLogin);
        LOG.info("Single sign-on for {} through {} (from properties)", target.name(), issuerUri);
    }

    private Optional<AuthorityRow> target() {
        List<AuthorityRow> all = staff.authorities();
        if (authority.isEmpty()) {
            return all.size() == 1 ? Optional.of(all.getFirst()) : Optional.empty();
        }
        return all.stream().filter(row -> row.shortName().equalsIgnoreCase(authority)
                || row.name().equalsIgnoreCase(authority)).findFirst();
    }
}
