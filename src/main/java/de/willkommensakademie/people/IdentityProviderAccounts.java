package de.willkommensakademie.people;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.AbstractEntity;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.SignInRefused.Reason;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts kept in step with the identity provider: the first sign-in creates or links the account, every sign-in
 * brings name, e-mail, roles, team and job role in line with the claims (roles are taken away as well as given), and
 * each change is audited with the person as actor.
 */
@Service
public class IdentityProviderAccounts {

    private static final int USERNAME_MIN = Limits.USERNAME_MIN;

    private final EmployeeRepository employees;
    private final TeamRepository teams;
    private final JobRoleRepository jobRoles;
    private final PlatformOperatorRepository operators;
    private final AuthorityRepository authorities;
    private final Passwords passwords;
    private final AccountDetailsService accounts;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final PeopleAccess access;

    IdentityProviderAccounts(EmployeeRepository employees, TeamRepository teams, JobRoleRepository jobRoles,
            PlatformOperatorRepository operators, AuthorityRepository authorities, Passwords passwords,
            AccountDetailsService accounts, AuditLog auditLog, ApplicationEventPublisher events, PeopleAccess access) {
        this.employees = employees;
        this.teams = teams;
        this.jobRoles = jobRoles;
        this.operators = operators;
        this.authorities = authorities;
        this.passwords = passwords;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.events = events;
        this.access = access;
    }

    /**
     * The account for a sign-in through the authority's identity provider, created, linked and updated as the claims
     * say. Runs inside the sign-in, before anyone is signed in; the provider has vouched for the identity.
     *
     * @throws SignInRefused when the claims cannot make a usable account (nothing is stored then)
     */
    @PermitAll // the sign-in itself: Spring Security has checked the provider's ID token before this runs
    @Transactional
    public AppUser signIn(long authorityId, ExternalIdentity identity) {
        if (identity.email() == null || identity.email().isBlank()) {
            throw new SignInRefused(Reason.MISSING_EMAIL, identity.subject());
        }
        Employee employee = employees.findByIdpIssuerAndIdpSubject(identity.issuer(), identity.subject())
                .orElseGet(() -> linkOrCreate(authorityId, identity));
        if (employee.authorityId() != authorityId) {
            // The same provider serves two authorities: an identity belongs to the one that first saw it.
            throw new SignInRefused(Reason.USERNAME_TAKEN, identity.subject());
        }
        if (!employee.isActive()) {
            throw new SignInRefused(Reason.ACCOUNT_INACTIVE, employee.username());
        }
        keepInStep(employee, identity);
        return accounts.toUser(employee);
    }

    /** An administrator allows the next sign-in with this account's username to link it (or takes that back). */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public void allowLink(long employeeId, boolean allowed) {
        Employee employee = employees.findByIdAndAuthorityId(employeeId, access.ownAuthority()).orElseThrow();
        if (employee.linkedToIdentityProvider() || employee.identityLinkAllowed() == allowed) {
            return;
        }
        employee.allowIdentityLink(allowed);
        auditLog.recordDetailed(AuditAction.EMPLOYEE_UPDATED, employee.username(), AuditDetails
                .of(allowed ? "audit.details.sso-link-allowed" : "audit.details.sso-link-withdrawn"));
    }

    private Employee linkOrCreate(long authorityId, ExternalIdentity identity) {
        String email = Employee.normaliseEmail(identity.email());
        Optional<Employee> sameEmail = employees.findByEmail(email);
        if (sameEmail.isPresent()) {
            Employee existing = sameEmail.get();
            if (existing.authorityId() != authorityId || existing.linkedToIdentityProvider()) {
                throw new SignInRefused(Reason.EMAIL_TAKEN, email);
            }
            if (identity.emailVerified()) {
                return link(existing, identity, "audit.details.sso-linked-by-email");
            }
            // Unverified: only the account an administrator (or provisioning) allowed, under its own username.
            if (!existing.identityLinkAllowed() || !existing.username().equals(username(identity))) {
                throw new SignInRefused(Reason.EMAIL_TAKEN, email);
            }
            return link(existing, identity, "audit.details.sso-linked-by-admin");
        }
        String username = username(identity);
        Optional<Employee> sameName = employees.findByUsername(username);
        if (sameName.isPresent()) {
            Employee existing = sameName.get();
            // Never silently by name: only where an administrator allowed it for this account.
            if (existing.authorityId() != authorityId || !existing.identityLinkAllowed()) {
                throw new SignInRefused(Reason.USERNAME_TAKEN, username);
            }
            return link(existing, identity, "audit.details.sso-linked-by-admin");
        }
        if (operators.existsByUsername(username)) {
            throw new SignInRefused(Reason.USERNAME_TAKEN, username);
        }
        return create(authorityId, username, identity);
    }

    private Employee link(Employee employee, ExternalIdentity identity, String how) {
        employee.linkIdentity(identity.issuer(), identity.subject());
        auditLog.recordDetailedFor(employee.authorityId(), employee.username(), AuditAction.ACCOUNT_LINKED,
                employee.username(), AuditDetails.of(how, identity.issuer()));
        return employee;
    }

    private Employee create(long authorityId, String username, ExternalIdentity identity) {
        Authority authority = authorities.findById(authorityId).orElseThrow();
        // Nobody knows this password: the account signs in through the provider only.
        Employee employee = new Employee(authorityId, username, passwords.hash(passwords.newOneTimePassword()));
        JobRole jobRole = jobRole(authorityId, identity.jobRole())
                .or(() -> jobRoles.findByAuthorityIdAndCode(authorityId, "back-office")).orElseThrow();
        employee.changeProfile(name(identity.givenName(), username), name(identity.familyName(), "–"),
                identity.email(), authority.defaultLanguage(), null, jobRole,
                team(authorityId, identity.team()).orElse(null));
        employee.assignRoles(requireRoles(identity.roles() == null ? EnumSet.of(Role.EMPLOYEE) : identity.roles(),
                username));
        employee.linkIdentity(identity.issuer(), identity.subject());
        employees.save(employee);
        auditLog.recordDetailedFor(authorityId, username, AuditAction.EMPLOYEE_CREATED, username, AuditDetails
                .of("audit.details.sso-created", identity.issuer(), AuditDetails.Keys.of("role.", employee.roles())));
        return employee;
    }

    private void keepInStep(Employee employee, ExternalIdentity identity) {
        String username = employee.username();
        long authorityId = employee.authorityId();
        String email = Employee.normaliseEmail(identity.email());
        String firstName = name(identity.givenName(), employee.firstName());
        String lastName = name(identity.familyName(), employee.lastName());
        if (!email.equals(employee.email()) || !firstName.equals(employee.firstName())
                || !lastName.equals(employee.lastName())) {
            if (!email.equals(employee.email()) && employees.existsByEmail(email)) {
                throw new SignInRefused(Reason.EMAIL_TAKEN, email);
            }
            String before = employee.fullName() + " <" + employee.email() + ">";
            employee.takeNamesFromIdentityProvider(firstName, lastName, email);
            auditLog.recordDetailedFor(authorityId, username, AuditAction.EMPLOYEE_UPDATED, username, AuditDetails
                    .of("audit.details.sso-profile", before, employee.fullName() + " <" + employee.email() + ">"));
        }
        if (identity.roles() != null) {
            Set<Role> newRoles = requireRoles(identity.roles(), username);
            Set<Role> oldRoles = employee.roles();
            if (!newRoles.equals(oldRoles)) {
                employee.assignRoles(newRoles);
                auditLog.recordDetailedFor(authorityId, username, AuditAction.ROLES_CHANGED, username,
                        AuditDetails.of("audit.details.sso-from-to", AuditDetails.Keys.of("role.", oldRoles),
                                AuditDetails.Keys.of("role.", newRoles)));
            }
        }
        Team team = identity.team() == null ? employee.team() : team(authorityId, identity.team()).orElse(null);
        if (identity.team() != null && !identity.team().isBlank() && team == null) {
            team = employee.team();
            auditLog.recordDetailedFor(authorityId, username, AuditAction.EMPLOYEE_UPDATED, username,
                    AuditDetails.of("audit.details.sso-unknown-team", identity.team()));
        }
        JobRole jobRole = jobRole(authorityId, identity.jobRole()).orElse(employee.jobRole());
        if (identity.jobRole() != null && !identity.jobRole().isBlank() && jobRole == employee.jobRole()
                && jobRole(authorityId, identity.jobRole()).isEmpty()) {
            auditLog.recordDetailedFor(authorityId, username, AuditAction.EMPLOYEE_UPDATED, username,
                    AuditDetails.of("audit.details.sso-unknown-job-role", identity.jobRole()));
        }
        if (!Objects.equals(id(team), id(employee.team())) || !Objects.equals(id(jobRole), id(employee.jobRole()))) {
            String teamBefore = employee.team() == null ? "–" : employee.team().name();
            String jobRoleBefore = employee.jobRole() == null ? "–" : employee.jobRole().code();
            employee.moveTo(team, jobRole);
            events.publishEvent(new EmployeeMoved(authorityId, employee.getId()));
            auditLog.recordDetailedFor(authorityId, username, AuditAction.EMPLOYEE_UPDATED, username,
                    AuditDetails.of("audit.details.sso-moved", teamBefore, team == null ? "–" : team.name(),
                            jobRoleBefore, jobRole == null ? "–" : jobRole.code()));
        }
    }

    private static Set<Role> requireRoles(Set<Role> roles, String username) {
        if (roles.isEmpty()) {
            throw new SignInRefused(Reason.NO_ROLE, username);
        }
        return roles;
    }

    private Optional<Team> team(long authorityId, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return teams.findByAuthorityIdOrderByName(authorityId).stream()
                .filter(team -> team.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    private Optional<JobRole> jobRole(long authorityId, String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String wanted = codeOrName.strip();
        return jobRoles.findByAuthorityIdOrderByBuiltInDescNameDe(authorityId).stream()
                .filter(role -> role.code().equalsIgnoreCase(wanted) || role.nameDe().equalsIgnoreCase(wanted)
                        || role.nameEn().equalsIgnoreCase(wanted))
                .findFirst();
    }

    private static Long id(AbstractEntity entity) {
        return entity == null ? null : entity.getId();
    }

    /** The username a new account gets: the claim made to fit the local rules (lower case, letters, digits, . _ -). */
    static String username(ExternalIdentity identity) {
        String raw = identity.username() == null ? "" : identity.username().strip().toLowerCase(Locale.ROOT);
        String fitted = raw.replaceAll("[^a-z0-9._-]+", ".").replaceAll("^[._-]+", "");
        if (fitted.length() > Limits.USERNAME) {
            fitted = fitted.substring(0, Limits.USERNAME);
        }
        if (fitted.length() < USERNAME_MIN) {
            throw new SignInRefused(Reason.MISSING_USERNAME, identity.subject());
        }
        return fitted;
    }

    private static String name(String claimed, String otherwise) {
        return claimed == null || claimed.isBlank() ? otherwise : claimed.strip();
    }
}
