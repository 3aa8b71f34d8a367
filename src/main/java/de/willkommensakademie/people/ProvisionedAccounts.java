package de.willkommensakademie.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.ProvisioningRefused.Reason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Accounts created, changed and deactivated by an authority's identity provider through SCIM, before or without a
 * sign-in: a leaver is deactivated the day the directory says so, never erased (erasure stays an administrator's
 * decision). Every method works within the authority the caller's SCIM token belongs to; an account of another
 * authority, or an erased one, reads as not found. Roles, team and job role are not SCIM's: a new account is an
 * employee in the back office, and the first sign-in through the provider links it and brings the rest in line.
 */
@Service
@Validated
public class ProvisionedAccounts {

    /**
     * The role of a request authenticated by an authority's SCIM token. No person holds it, so no screen can call
     * these methods; the token, not a caller's parameter, decides the authority (see the provisioning feature).
     */
    public static final String SCIM_CLIENT = "SCIM_CLIENT";

    /** The actor of the audit entries this service writes. */
    public static final String ACTOR = "scim";

    /** The slice of an authority's accounts a SCIM list asks for, and how many there are in all. */
    public record Listing(long total, List<ProvisionedAccount> accounts) {
    }

    private final EmployeeRepository employees;
    private final PlatformOperatorRepository operators;
    private final AuthorityRepository authorities;
    private final JobRoleRepository jobRoles;
    private final Passwords passwords;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProvisionedAccounts(EmployeeRepository employees, PlatformOperatorRepository operators,
            AuthorityRepository authorities, JobRoleRepository jobRoles, Passwords passwords, AuditLog auditLog,
            ApplicationEventPublisher events, Clock clock) {
        this.employees = employees;
        this.operators = operators;
        this.authorities = authorities;
        this.jobRoles = jobRoles;
        this.passwords = passwords;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new account as {@link IdentityProviderAccounts} creates one at a first sign-in (employee, back office, the
     * authority's language), allowed to be linked by the first sign-in through the provider with the same username.
     *
     * @throws ProvisioningRefused when the username or e-mail address is taken (anywhere) or the username unusable
     */
    @RolesAllowed(SCIM_CLIENT)
    @Transactional
    public ProvisionedAccount create(long authorityId, @Valid ProvisioningRequest request) {
        String username = fit(request.userName());
        if (employees.existsByUsername(username) || operators.existsByUsername(username)) {
            throw new ProvisioningRefused(Reason.USERNAME_TAKEN, username);
        }
        String email = Employee.normaliseEmail(request.email());
        if (employees.existsByEmail(email)) {
            throw new ProvisioningRefused(Reason.EMAIL_TAKEN, email);
        }
        Authority authority = authorities.findById(authorityId).orElseThrow();
        // Nobody knows this password: the account signs in through the provider, or after an admin's reset.
        Employee employee = new Employee(authorityId, username, passwords.hash(passwords.newOneTimePassword()));
        employee.changeProfile(name(request.givenName(), username), name(request.familyName(), "–"), email,
                authority.defaultLanguage(), null,
                jobRoles.findByAuthorityIdAndCode(authorityId, "back-office").orElseThrow(), null);
        employee.assignRoles(EnumSet.of(Role.EMPLOYEE));
        employee.allowIdentityLink(true);
        employee.changeScimExternalId(request.externalId());
        employees.saveAndFlush(employee);
        audit(employee, AuditAction.EMPLOYEE_CREATED,
                AuditDetails.of("audit.details.scim-created", AuditDetails.Keys.of("role.", employee.roles())));
        if (Boolean.FALSE.equals(request.active())) {
            deactivate(employee);
        }
        employees.flush();
        return toAccount(employee);
    }

    @RolesAllowed(SCIM_CLIENT)
    @Transactional(readOnly = true)
    public Optional<ProvisionedAccount> find(long authorityId, long id) {
        return findEmployee(authorityId, id).map(ProvisionedAccounts::toAccount);
    }

    /** The account the provider calls {@code userName}, made to fit the local rules as a new account's would be. */
    @RolesAllowed(SCIM_CLIENT)
    @Transactional(readOnly = true)
    public Optional<ProvisionedAccount> findByUserName(long authorityId, String userName) {
        String username;
        try {
            username = fit(userName);
        } catch (ProvisioningRefused unusable) {
            return Optional.empty();
        }
        return employees.findByUsername(username)
                .filter(employee -> employee.authorityId() == authorityId && employee.erasedAt() == null)
                .map(ProvisionedAccounts::toAccount);
    }

    /** Accounts of the authority in id order, from {@code offset} (0-based), at most {@code count}. */
    @RolesAllowed(SCIM_CLIENT)
    @Transactional(readOnly = true)
    public Listing list(long authorityId, int offset, int count) {
        List<Long> ids = employees.findIdsNotErased(authorityId);
        List<Long> slice = ids.subList(Math.min(offset, ids.size()), Math.min(offset + count, ids.size()));
        List<ProvisionedAccount> accounts = slice.isEmpty() ? List.of()
                : employees.findByAuthorityIdAndIdIn(authorityId, slice).stream()
                        .sorted(Comparator.comparing(Employee::getId)).map(ProvisionedAccounts::toAccount).toList();
        return new Listing(ids.size(), accounts);
    }

    /**
     * Applies what the change carries: name and e-mail, the provider's id, and {@code active} (deactivating ends
     * the person's open sessions at their next request, through the account check).
     *
     * @throws RecordNotFoundException when the account is not the authority's (or erased)
     * @throws ProvisioningRefused     when the e-mail address is taken or the change would rename the account
     */
    @RolesAllowed(SCIM_CLIENT)
    @Transactional
    public ProvisionedAccount change(long authorityId, long id, @Valid ProvisioningChange change) {
        Employee employee = findEmployee(authorityId, id)
                .orElseThrow(() -> new RecordNotFoundException("employee", id));
        if (change.userName() != null && !fit(change.userName()).equals(employee.username())) {
            // Renaming would end sign-ins under the old name everywhere; the directory's admins do that here.
            throw new ProvisioningRefused(Reason.USERNAME_IMMUTABLE, change.userName());
        }
        String firstName = change.givenName() == null ? employee.firstName()
                : name(change.givenName(), employee.firstName());
        String lastName = change.familyName() == null ? employee.lastName()
                : name(change.familyName(), employee.lastName());
        String email = change.email() == null || change.email().isBlank() ? employee.email()
                : Employee.normaliseEmail(change.email());
        if (!email.equals(employee.email()) || !firstName.equals(employee.firstName())
                || !lastName.equals(employee.lastName())) {
            if (!email.equals(employee.email()) && employees.existsByEmail(email)) {
                throw new ProvisioningRefused(Reason.EMAIL_TAKEN, email);
            }
            String before = employee.fullName() + " <" + employee.email() + ">";
            employee.takeNamesFromIdentityProvider(firstName, lastName, email);
            audit(employee, AuditAction.EMPLOYEE_UPDATED, AuditDetails.of("audit.details.scim-profile", before,
                    employee.fullName() + " <" + employee.email() + ">"));
        }
        if (change.externalId() != null && !Objects.equals(blankToNull(change.externalId()),
                employee.scimExternalId())) {
            String before = employee.scimExternalId();
            employee.changeScimExternalId(change.externalId());
            audit(employee, AuditAction.EMPLOYEE_UPDATED, AuditDetails.of("audit.details.scim-external-id",
                    before == null ? "–" : before, employee.scimExternalId() == null ? "–" : employee.scimExternalId()));
        }
        if (change.active() != null && change.active() != employee.isActive()) {
            if (change.active()) {
                employee.reactivate();
                audit(employee, AuditAction.EMPLOYEE_REACTIVATED, AuditDetails.of("audit.details.scim-reactivated"));
                // assignments made while they were away were not counted for them
                events.publishEvent(new EmployeeMoved(authorityId, employee.getId()));
            } else {
                deactivate(employee);
            }
        }
        employees.flush();
        return toAccount(employee);
    }

    /** SCIM's DELETE: the account stops working, its records stay; deactivating an inactive account is no error. */
    @RolesAllowed(SCIM_CLIENT)
    @Transactional
    public void deactivate(long authorityId, long id) {
        Employee employee = findEmployee(authorityId, id)
                .orElseThrow(() -> new RecordNotFoundException("employee", id));
        if (employee.isActive()) {
            deactivate(employee);
        }
    }

    private void deactivate(Employee employee) {
        employee.deactivate(LocalDate.now(clock));
        audit(employee, AuditAction.EMPLOYEE_DEACTIVATED, AuditDetails.of("audit.details.scim-deactivated"));
    }

    private Optional<Employee> findEmployee(long authorityId, long id) {
        return employees.findByIdAndAuthorityId(id, authorityId).filter(employee -> employee.erasedAt() == null);
    }

    private void audit(Employee employee, AuditAction action, AuditDetails details) {
        auditLog.recordDetailedFor(employee.authorityId(), ACTOR, action, employee.username(), details);
    }

    /** The same fitting as a sign-in's username claim gets, so the first sign-in finds this account. */
    private static String fit(String userName) {
        try {
            return IdentityProviderAccounts.username(
                    new ExternalIdentity(null, ACTOR, userName, null, false, null, null, null, null, null));
        } catch (SignInRefused unusable) {
            throw new ProvisioningRefused(Reason.INVALID_USERNAME, userName);
        }
    }

    private static String name(String given, String otherwise) {
        return given == null || given.isBlank() ? otherwise : given.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ProvisionedAccount toAccount(Employee employee) {
        return new ProvisionedAccount(employee.getId(), employee.getVersion(), employee.username(),
                employee.firstName(), employee.lastName(), employee.email(), employee.isActive(),
                employee.scimExternalId());
    }
}
