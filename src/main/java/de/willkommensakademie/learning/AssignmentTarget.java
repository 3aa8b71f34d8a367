package de.willkommensakademie.learning;

/** Who an assignment is for: one employee, everyone in a team, or everyone with a job role (now and later). */
public enum AssignmentTarget {
    EMPLOYEE, TEAM, JOB_ROLE
}
