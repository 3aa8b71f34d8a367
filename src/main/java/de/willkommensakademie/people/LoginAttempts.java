package de.willkommensakademie.people;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.security.AppUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after too many wrong passwords in a row, and records every login, failure and lock in
 * the audit log. Spring Security refuses a locked account before it checks the password.
 */
@Component
class LoginAttempts {

    private final EmployeeRepository employees;
    private final PlatformOperatorRepository operators;
    private final AuditLog auditLog;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginAttempts(EmployeeRepository employees, PlatformOperatorRepository operators, AuditLog auditLog, Clock clock,
            @Value("${app.security.max-failed-logins:5}") int maxFailures,
            @Value("${app.security.lock-duration:PT15M}") Duration lockDuration) {
        this.employees = employees;
        this.operators = operators;
        this.auditLog = auditLog;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String username = normalise(event.getAuthentication().getName());
        var lockUntil = clock.instant().plus(lockDuration);
        Optional<Employee> employee = employees.findByUsername(username);
        if (employee.isPresent()) {
            long authorityId = employee.get().authorityId();
            auditLog.recordFor(authorityId, username, AuditAction.LOGIN_FAILED, username, null);
            if (employee.get().loginGuard().recordFailure(maxFailures, lockUntil)) {
                auditLog.recordDetailedFor(authorityId, username, AuditAction.ACCOUNT_LOCKED, username,
                        AuditDetails.of("audit.details.locked-until", lockUntil));
            }
            return;
        }
        operators.findByUsername(username).ifPresentOrElse(operator -> {
            auditLog.recordFor(null, username, AuditAction.LOGIN_FAILED, username, null);
            if (operator.loginGuard().recordFailure(maxFailures, lockUntil)) {
                auditLog.recordDetailedFor(null, username, AuditAction.ACCOUNT_LOCKED, username,
                        AuditDetails.of("audit.details.locked-until", lockUntil));
            }
        }, () -> auditLog.recordDetailedFor(null, username, AuditAction.LOGIN_FAILED, username,
                AuditDetails.of("audit.details.unknown-username")));
    }

    @EventListener
    public void onLockedAccount(AuthenticationFailureLockedEvent event) {
        recordBlocked(event.getAuthentication().getName(), "audit.details.blocked-locked");
    }

    @EventListener
    public void onInactiveAccount(AuthenticationFailureDisabledEvent event) {
        recordBlocked(event.getAuthentication().getName(), "audit.details.blocked-inactive");
    }

    private void recordBlocked(String name, String reasonKey) {
        String username = normalise(name);
        Long authorityId = employees.findByUsername(username).map(Employee::authorityId).orElse(null);
        auditLog.recordDetailedFor(authorityId, username, AuditAction.LOGIN_BLOCKED, username,
                AuditDetails.of(reasonKey));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof AppUser user)) {
            return;
        }
        if (user.isOperator()) {
            operators.findById(user.accountId()).ifPresent(operator -> operator.loginGuard().reset());
        } else {
            employees.findById(user.accountId()).ifPresent(employee -> employee.loginGuard().reset());
        }
        auditLog.recordFor(PeopleAccess.authorityOf(user), user.getUsername(), AuditAction.LOGIN, user.getUsername(),
                null);
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
