package de.willkommensakademie.people;

import java.util.List;
import java.util.Locale;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.i18n.LanguagePreferenceStore;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.AccountStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own account: password, language, e-mail settings, their profile and the facts other
 * features decide by. Every method acts on the caller's own record only, so none takes an id.
 */
@Service
public class MyAccount implements LanguagePreferenceStore, AccountStatus {

    private final EmployeeRepository employees;
    private final PlatformOperatorRepository operators;
    private final Passwords passwords;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final PeopleAccess access;

    MyAccount(EmployeeRepository employees, PlatformOperatorRepository operators, Passwords passwords,
            AuditLog auditLog, CurrentUser currentUser, PeopleAccess access) {
        this.access = access;
        this.employees = employees;
        this.operators = operators;
        this.passwords = passwords;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    @PermitAll
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        if (newPassword == null || newPassword.length() < Limits.PASSWORD_MIN || newPassword.length() > Limits.PASSWORD_MAX) {
            throw new UserFacingException("password.error.length", Limits.PASSWORD_MIN, Limits.PASSWORD_MAX);
        }
        if (newPassword.equals(currentPassword)) {
            throw new UserFacingException("password.error.same");
        }
        AppUser user = currentUser.require();
        if (user.isOperator()) {
            PlatformOperator operator = operators.findById(user.accountId()).orElseThrow();
            requireMatch(currentPassword, operator.passwordHash());
            operator.changePassword(passwords.hash(newPassword), false);
        } else {
            Employee employee = employees.findById(user.accountId()).orElseThrow();
            requireMatch(currentPassword, employee.passwordHash());
            employee.changePassword(passwords.hash(newPassword), false);
        }
        auditLog.recordFor(PeopleAccess.authorityOf(user), user.getUsername(), AuditAction.PASSWORD_CHANGED,
                user.getUsername(), null);
    }

    private void requireMatch(String password, String hash) {
        if (password == null || !passwords.matches(password, hash)) {
            throw new UserFacingException("password.error.current-wrong");
        }
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired() {
        AppUser user = currentUser.require();
        if (user.isOperator()) {
            return operators.findById(user.accountId()).map(PlatformOperator::passwordChangeRequired).orElse(false);
        }
        return employees.findById(user.accountId()).map(Employee::passwordChangeRequired).orElse(false);
    }

    @Override
    @PermitAll
    @Transactional
    public void storeLanguageOfCurrentUser(Locale language) {
        AppUser user = currentUser.require();
        if (user.isOperator()) {
            operators.findById(user.accountId()).ifPresent(operator -> operator.setPreferredLanguage(language.getLanguage()));
        } else {
            employees.findById(user.accountId()).ifPresent(employee -> employee.setPreferredLanguage(language.getLanguage()));
        }
    }

    /** The signed-in employee's team, job role and start date, for features that decide what applies to them. */
    @PermitAll
    @Transactional(readOnly = true)
    public EmployeeFacts myFacts() {
        Employee employee = me();
        return new EmployeeFacts(employee.getId(), employee.authorityId(),
                employee.team() == null ? null : employee.team().getId(),
                employee.jobRole() == null ? null : employee.jobRole().getId(), employee.startDate());
    }

    /** Whether the signed-in person gets the daily e-mail digest of their notices. */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean myEmailDigest() {
        return me().wantsEmailDigest();
    }

    @PermitAll
    @Transactional
    public void changeMyEmailDigest(boolean wanted) {
        me().setEmailDigest(wanted);
    }

    /** Whether the signed-in manager gets the weekly e-mail about their teams. */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public boolean myTeamDigest() {
        return me().wantsTeamDigest();
    }

    @RolesAllowed(Role.Name.MANAGER)
    @Transactional
    public void changeMyTeamDigest(boolean wanted) {
        me().setTeamDigest(wanted);
    }

    /** The signed-in employee's own profile, for their start page. */
    @PermitAll
    @Transactional(readOnly = true)
    public ProfileSummary myProfile() {
        AppUser user = currentUser.require();
        Employee employee = me();
        List<String> managers = employee.team() == null ? List.of()
                : employee.team().managers().stream().map(Employee::fullName).sorted().toList();
        return new ProfileSummary(employee.fullName(), employee.team() == null ? null : employee.team().name(),
                employee.jobRole() == null ? null : employee.jobRole().toOption(), employee.startDate(), managers);
    }

    private Employee me() {
        return access.employee(currentUser.require().accountId());
    }
}
