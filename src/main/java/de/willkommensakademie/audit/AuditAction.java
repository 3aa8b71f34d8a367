package de.willkommensakademie.audit;

/** Security-relevant actions that are recorded. Names are stored; never rename one. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGIN_BLOCKED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    LOGOUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    EMPLOYEE_CREATED,
    EMPLOYEE_UPDATED,
    EMPLOYEE_DEACTIVATED,
    EMPLOYEE_REACTIVATED,
    ROLES_CHANGED,
    EMPLOYEES_IMPORTED,
    TEAM_CREATED,
    TEAM_RENAMED,
    TEAM_MANAGERS_CHANGED,
    JOB_ROLE_CREATED,
    AUTHORITY_CREATED
}
