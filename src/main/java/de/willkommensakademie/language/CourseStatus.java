package de.willkommensakademie.language;

/** A course from the request on: requested, declined, planned, running, completed or dropped. */
public enum CourseStatus {
    REQUESTED, DECLINED, PLANNED, RUNNING, COMPLETED, DROPPED
}
