package de.willkommensakademie.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What the platform operator may do: list authorities, create one with its first administrator. And the one setting an
 * authority's admins keep themselves: its federal state, for public holidays.
 */
@Service
@Validated
public class AuthorityService {

    private final AuthorityRepository authorities;
    private final JobRoleRepository jobRoles;
    private final EmployeeRepository employees;
    private final AccountRules rules;
    private final Passwords passwords;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final PeopleAccess access;

    AuthorityService(AuthorityRepository authorities, JobRoleRepository jobRoles, EmployeeRepository employees,
            AccountRules rules, Passwords passwords, AuditLog auditLog, CurrentUser currentUser, PeopleAccess access) {
        this.access = access;
        this.authorities = authorities;
        this.jobRoles = jobRoles;
        this.employees = employees;
        this.rules = rules;
        this.passwords = passwords;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    @RolesAllowed(Role.Name.OPERATOR)
    @Transactional(readOnly = true)
    public List<AuthorityRow> find(Pageable pageable) {
        return authorities.findPage(pageable).stream().map(AuthorityService::toRow).toList();
    }

    @RolesAllowed(Role.Name.OPERATOR)
    @Transactional(readOnly = true)
    public long count() {
        return authorities.count();
    }

    /** Creates the authority, its built-in job roles and its first admin, who gets a one-time password. */
    @RolesAllowed(Role.Name.OPERATOR)
    @Transactional
    public TemporaryPassword create(@Valid NewAuthorityForm form) {
        String name = form.getName().strip();
        String shortName = form.getShortName().strip();
        if (authorities.existsByNameIgnoreCase(name) || authorities.existsByShortNameIgnoreCase(shortName)) {
            throw new UserFacingException("authority.error.exists", name);
        }
        String username = AccountRules.normaliseUsername(form.getAdminUsername());
        rules.requireFreeUsername(username);
        rules.requireFreeEmail(form.getAdminEmail());

        Authority authority = authorities.save(new Authority(name, shortName, form.getDefaultLanguage()));
        JobRole teamLead = null;
        for (BuiltInJobRole builtIn : BuiltInJobRole.values()) {
            JobRole saved = jobRoles.save(builtIn.createFor(authority.getId()));
            if (builtIn == BuiltInJobRole.TEAM_LEAD) {
                teamLead = saved;
            }
        }
        String oneTime = passwords.newOneTimePassword();
        Employee admin = new Employee(authority.getId(), username, passwords.hashOneTime(oneTime));
        admin.changeProfile(form.getAdminFirstName(), form.getAdminLastName(), form.getAdminEmail(),
                form.getDefaultLanguage(), null, teamLead, null);
        admin.assignRoles(EnumSet.of(Role.ADMIN, Role.EMPLOYEE));
        employees.save(admin);

        AppUser operator = currentUser.require();
        auditLog.recordDetailedFor(null, operator.getUsername(), AuditAction.AUTHORITY_CREATED, name,
                AuditDetails.of("audit.details.first-admin", username));
        auditLog.recordDetailedFor(authority.getId(), operator.getUsername(), AuditAction.EMPLOYEE_CREATED, username,
                AuditDetails.of("audit.details.created-by-operator"));
        return new TemporaryPassword(username, admin.fullName(), oneTime);
    }

    /** The signed-in admin's authority's federal state; empty when not set yet. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public Optional<FederalState> federalState() {
        return authorities.findById(access.ownAuthority()).map(Authority::federalState);
    }

    /** Sets the signed-in admin's authority's federal state (null: nationwide holidays only). */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public void changeFederalState(FederalState state) {
        Authority authority = authorities.findById(access.ownAuthority()).orElseThrow();
        FederalState before = authority.federalState();
        if (before == state) {
            return;
        }
        authority.changeFederalState(state);
        // due dates of new checklists follow the state, so the change is worth an audit entry
        auditLog.recordDetailed(AuditAction.AUTHORITY_STATE_CHANGED, authority.name(),
                AuditDetails.of("audit.details.from-to", stateKey(before), stateKey(state)));
    }

    private static AuditDetails.Key stateKey(FederalState state) {
        return new AuditDetails.Key(state == null ? "onboarding.holidays.nationwide"
                : "onboarding.holidays.state." + state.name());
    }

    private static AuthorityRow toRow(Authority authority) {
        return new AuthorityRow(authority.getId(), authority.name(), authority.shortName(),
                authority.defaultLanguage());
    }
}
