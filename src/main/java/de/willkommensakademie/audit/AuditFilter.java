package de.willkommensakademie.audit;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which entries of the audit log to show: one action or all, a range of days (both ends included, either open), and
 * whether sign-ins and sign-outs are left out (they are most of the log and seldom what an auditor looks for).
 */
public record AuditFilter(AuditAction action, LocalDate from, LocalDate to, boolean withoutLogins) {

    /** Left out by {@link #withoutLogins}: signing in and out, also failed or refused attempts. */
    public static final Set<AuditAction> LOGINS = Set.of(AuditAction.LOGIN, AuditAction.LOGIN_FAILED,
            AuditAction.LOGIN_BLOCKED, AuditAction.LOGOUT);

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, false);
    }
}
