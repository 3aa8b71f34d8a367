package de.willkommensakademie.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.IdentityProviderPolicy.ManagedField;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Administration of the employees of the signed-in admin's authority. Ids from another authority are treated as
 * unknown. A person's own account is {@link MyAccount}'s, a manager's team lists are {@link ManagedStaff}'s.
 */
@Service
@Validated
public class EmployeeService {

    private final EmployeeRepository employees;
    private final TeamRepository teams;
    private final JobRoleRepository jobRoles;
    private final AccountRules rules;
    private final Passwords passwords;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final PeopleAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final IdentityProviderPolicy identityProviders;

    EmployeeService(EmployeeRepository employees, TeamRepository teams,
            JobRoleRepository jobRoles, AccountRules rules, Passwords passwords, AuditLog auditLog,
            CurrentUser currentUser, Clock clock, ApplicationEventPublisher events, PeopleAccess access,
            IdentityProviderPolicy identityProviders) {
        this.identityProviders = identityProviders;
        this.access = access;
        this.events = events;
        this.employees = employees;
        this.teams = teams;
        this.jobRoles = jobRoles;
        this.rules = rules;
        this.passwords = passwords;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public List<EmployeeRow> find(EmployeeFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable : EmployeeSpecifications.byName(pageable);
        var now = clock.instant();
        return employees.findAll(access.employees(filter), sorted)
                .map(employee -> toRow(employee, now)).getContent();
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public long count(EmployeeFilter filter) {
        return employees.count(access.employees(filter));
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public EmployeeForm load(long id) {
        Employee employee = require(id);
        EmployeeForm form = new EmployeeForm();
        form.setId(employee.getId());
        form.setVersion(employee.getVersion());
        form.setFirstName(employee.firstName());
        form.setLastName(employee.lastName());
        form.setEmail(employee.email());
        form.setUsername(employee.username());
        form.setLanguage(Locale.forLanguageTag(employee.preferredLanguage()));
        form.setStartDate(employee.startDate());
        form.setJobRole(employee.jobRole() == null ? null : employee.jobRole().toOption());
        form.setTeam(employee.team() == null ? null : employee.team().toOption());
        form.setRoles(employee.roles());
        form.setIdentityProvider(employee.linkedToIdentityProvider(), employee.identityLinkAllowed(),
                identityProviders.managedFields(employee.authorityId()));
        return form;
    }

    /** Creates the account with a one-time password that the admin hands over. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public TemporaryPassword create(@Valid EmployeeForm form) {
        if (!form.isNew()) {
            throw new IllegalArgumentException("Form of an existing employee");
        }
        long authorityId = access.ownAuthority();
        String username = AccountRules.normaliseUsername(form.getUsername());
        rules.requireFreeUsername(username);
        rules.requireFreeEmail(form.getEmail());
        String oneTime = passwords.newOneTimePassword();
        Employee employee = new Employee(authorityId, username, passwords.hashOneTime(oneTime));
        apply(form, employee, authorityId);
        employee.assignRoles(assignable(form.getRoles()));
        employees.save(employee);
        auditLog.recordDetailed(AuditAction.EMPLOYEE_CREATED, username,
                AuditDetails.of("audit.details.roles", AuditDetails.Keys.of("role.", employee.roles())));
        announce(employee);
        return new TemporaryPassword(username, employee.fullName(), oneTime);
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public void update(@Valid EmployeeForm form) {
        long authorityId = access.ownAuthority();
        Employee employee = require(form.getId());
        employee.requireVersion(form.getVersion());
        refuseChangesToManagedFields(form, employee);
        if (!Employee.normaliseEmail(form.getEmail()).equals(employee.email())) {
            rules.requireFreeEmail(form.getEmail());
        }
        Set<Role> newRoles = assignable(form.getRoles());
        Set<Role> oldRoles = employee.roles();
        if (isSelf(employee) && oldRoles.contains(Role.ADMIN) && !newRoles.contains(Role.ADMIN)) {
            throw new UserFacingException("employee.error.own-admin-role");
        }
        Long teamBefore = employee.team() == null ? null : employee.team().getId();
        Long jobRoleBefore = employee.jobRole() == null ? null : employee.jobRole().getId();
        apply(form, employee, authorityId);
        employee.assignRoles(newRoles);
        if (!Objects.equals(teamBefore, form.getTeam() == null ? null : form.getTeam().id())
                || !Objects.equals(jobRoleBefore, form.getJobRole().id())) {
            events.publishEvent(new EmployeeMoved(authorityId, employee.getId()));
        }
        auditLog.record(AuditAction.EMPLOYEE_UPDATED, employee.username(), null);
        if (!oldRoles.equals(newRoles)) {
            auditLog.recordDetailed(AuditAction.ROLES_CHANGED, employee.username(), AuditDetails.of(
                    "audit.details.from-to", AuditDetails.Keys.of("role.", oldRoles),
                    AuditDetails.Keys.of("role.", newRoles)));
        }
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public void deactivate(long id, long version) {
        Employee employee = require(id);
        employee.requireVersion(version);
        if (isSelf(employee)) {
            throw new UserFacingException("employee.error.deactivate-self");
        }
        employee.deactivate(LocalDate.now(clock));
        auditLog.record(AuditAction.EMPLOYEE_DEACTIVATED, employee.username(), null);
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public void reactivate(long id, long version) {
        Employee employee = require(id);
        employee.requireVersion(version);
        employee.reactivate();
        auditLog.record(AuditAction.EMPLOYEE_REACTIVATED, employee.username(), null);
        // assignments made while they were away were not counted for them
        events.publishEvent(new EmployeeMoved(employee.authorityId(), employee.getId()));
    }

    /** A new one-time password; also lifts a lockout, since the person proved nothing yet but the admin vouches. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public TemporaryPassword resetPassword(long id) {
        Employee employee = require(id);
        String oneTime = passwords.newOneTimePassword();
        employee.changePassword(passwords.hashOneTime(oneTime), true);
        employee.loginGuard().reset();
        auditLog.record(AuditAction.PASSWORD_RESET, employee.username(), null);
        return new TemporaryPassword(employee.username(), employee.fullName(), oneTime);
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public void unlock(long id) {
        Employee employee = require(id);
        employee.loginGuard().reset();
        auditLog.record(AuditAction.ACCOUNT_UNLOCKED, employee.username(), null);
    }

    /** Counts for the admin's start page. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public HomeFigures figures() {
        long authorityId = access.ownAuthority();
        LocalDate today = LocalDate.now(clock);
        return new HomeFigures(employees.countByAuthorityIdAndActiveTrue(authorityId),
                employees.countByAuthorityIdAndActiveTrueAndTeamIsNull(authorityId),
                employees.countLocked(authorityId, clock.instant()),
                employees.countStartingBetween(authorityId, today, today.plusDays(30)),
                teams.countByAuthorityId(authorityId));
    }


    private void apply(EmployeeForm form, Employee employee, long authorityId) {
        JobRole jobRole = jobRoles.findByIdAndAuthorityId(form.getJobRole().id(), authorityId)
                .orElseThrow(() -> new RecordNotFoundException("job role", form.getJobRole().id()));
        Team team = form.getTeam() == null ? null : teams.findByIdAndAuthorityId(form.getTeam().id(), authorityId)
                .orElseThrow(() -> new RecordNotFoundException("team", form.getTeam().id()));
        employee.changeProfile(form.getFirstName(), form.getLastName(), form.getEmail(),
                form.getLanguage().getLanguage(), form.getStartDate(), jobRole, team);
    }

    /**
     * What the identity provider keeps for a linked account cannot be changed here: the next sign-in would undo it,
     * and the directory is where such changes belong. Unchanged values pass, so the rest of the form can be saved.
     */
    private void refuseChangesToManagedFields(EmployeeForm form, Employee employee) {
        if (!employee.linkedToIdentityProvider()) {
            return;
        }
        for (ManagedField field : identityProviders.managedFields(employee.authorityId())) {
            boolean changed = switch (field) {
                case NAME -> !strip(form.getFirstName()).equals(employee.firstName())
                        || !strip(form.getLastName()).equals(employee.lastName());
                case EMAIL -> !Employee.normaliseEmail(form.getEmail()).equals(employee.email());
                case USERNAME -> !AccountRules.normaliseUsername(form.getUsername()).equals(employee.username());
                case ROLES -> !employee.roles().equals(form.getRoles());
                case TEAM -> !Objects.equals(form.getTeam() == null ? null : form.getTeam().id(),
                        employee.team() == null ? null : employee.team().getId());
                case JOB_ROLE -> !Objects.equals(form.getJobRole() == null ? null : form.getJobRole().id(),
                        employee.jobRole() == null ? null : employee.jobRole().getId());
            };
            if (changed) {
                throw new UserFacingException("employee.error.managed-by-identity-provider." + field.name());
            }
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private Employee require(long id) {
        return access.employee(id);
    }

    private boolean isSelf(Employee employee) {
        AppUser user = currentUser.require();
        return !user.isOperator() && employee.getId() == user.accountId();
    }

    private static Set<Role> assignable(Set<Role> roles) {
        Set<Role> result = EnumSet.noneOf(Role.class);
        for (Role role : roles) {
            if (!Role.ASSIGNABLE.contains(role)) {
                throw new UserFacingException("employee.error.role-not-assignable", role.name());
            }
            result.add(role);
        }
        return result;
    }

    static EmployeeRow toRow(Employee employee, Instant now) {
        return new EmployeeRow(employee.getId(), employee.getVersion(), employee.fullName(), employee.username(),
                employee.email(), employee.team() == null ? null : employee.team().name(),
                employee.jobRole() == null ? null : employee.jobRole().toOption(), employee.roles(),
                employee.startDate(), employee.isActive(), employee.loginGuard().isLockedAt(now),
                employee.linkedToIdentityProvider());
    }

    private void announce(Employee employee) {
        if (employee.jobRole() != null && employee.startDate() != null) {
            events.publishEvent(new EmployeeJoined(employee.authorityId(), employee.getId(), employee.jobRole().code(),
                    employee.startDate()));
        }
    }
}
