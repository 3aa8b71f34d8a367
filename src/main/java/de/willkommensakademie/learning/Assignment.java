package de.willkommensakademie.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;

/**
 * A module or a role-play assigned to an employee, a team or a job role. It applies to whoever matches when the list is looked at,
 * so people joining a team or job role later get it too. Due on a fixed date, some days after each person's start
 * date (counted from the assignment date for people who started before it), or some days after the assignment.
 */
@Entity
@SequenceGenerator(sequenceName = "module_assignment_seq", allocationSize = 50)
class Assignment extends AbstractEntity {

    private long authorityId;

    @Enumerated(EnumType.STRING)
    private AssignedKind contentKind = AssignedKind.MODULE;

    private long contentId;

    @Enumerated(EnumType.STRING)
    private AssignmentTarget targetKind;

    private long targetId;

    private boolean mandatory;

    private LocalDate dueDate;

    private Integer dueDaysAfterStart;

    private Integer dueDaysAfterAssignment;

    private String createdBy;

    private Instant createdAt;

    protected Assignment() {
    }

    Assignment(long authorityId, long moduleId, AssignmentTarget targetKind, long targetId, boolean mandatory,
            LocalDate dueDate, Integer dueDaysAfterStart, String createdBy, Instant createdAt) {
        this(authorityId, moduleId, targetKind, targetId, mandatory, dueDate, dueDaysAfterStart, null, createdBy,
                createdAt);
    }

    Assignment(long authorityId, long moduleId, AssignmentTarget targetKind, long targetId, boolean mandatory,
            LocalDate dueDate, Integer dueDaysAfterStart, Integer dueDaysAfterAssignment, String createdBy,
            Instant createdAt) {
        this(authorityId, AssignedKind.MODULE, moduleId, targetKind, targetId, mandatory, dueDate, dueDaysAfterStart,
                dueDaysAfterAssignment, createdBy, createdAt);
    }

    Assignment(long authorityId, AssignedKind contentKind, long contentId, AssignmentTarget targetKind, long targetId,
            boolean mandatory, LocalDate dueDate, Integer dueDaysAfterStart, Integer dueDaysAfterAssignment,
            String createdBy, Instant createdAt) {
        if (!oneDueRuleAtMost(dueDate, dueDaysAfterStart, dueDaysAfterAssignment)) {
            throw new IllegalArgumentException("One due rule at most: a fixed date, days after start or after assignment");
        }
        this.authorityId = authorityId;
        this.contentKind = contentKind;
        this.contentId = contentId;
        this.targetKind = targetKind;
        this.targetId = targetId;
        this.mandatory = mandatory;
        this.dueDate = dueDate;
        this.dueDaysAfterStart = dueDaysAfterStart;
        this.dueDaysAfterAssignment = dueDaysAfterAssignment;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    static boolean oneDueRuleAtMost(Object... rules) {
        return Arrays.stream(rules).filter(Objects::nonNull).count() <= 1;
    }

    /**
     * The due date for one person, or null when there is none. Days after the start count from the later of the
     * start date and the assignment date: someone in post for years is not overdue the moment it is assigned.
     */
    LocalDate dueFor(LocalDate personStartDate) {
        if (dueDate != null) {
            return dueDate;
        }
        LocalDate assigned = assignedOn();
        if (dueDaysAfterAssignment != null) {
            return assigned.plusDays(dueDaysAfterAssignment);
        }
        if (dueDaysAfterStart != null) {
            LocalDate from = personStartDate == null || personStartDate.isBefore(assigned) ? assigned : personStartDate;
            return from.plusDays(dueDaysAfterStart);
        }
        return null;
    }

    /** Whether it applies to this person: the rule of {@link AssignmentRepository#findApplying}, in memory. */
    boolean appliesTo(long employeeId, Long teamId, Long jobRoleId) {
        return switch (targetKind) {
            case EMPLOYEE -> targetId == employeeId;
            case TEAM -> teamId != null && targetId == teamId;
            case JOB_ROLE -> jobRoleId != null && targetId == jobRoleId;
        };
    }

    /** The day it was assigned, in the server's time zone like every other date of the app. */
    LocalDate assignedOn() {
        return createdAt.atZone(ZoneId.systemDefault()).toLocalDate();
    }

    AssignedKind contentKind() {
        return contentKind;
    }

    long contentId() {
        return contentId;
    }

    /** What is assigned, as one key for maps. */
    AssignedContent content() {
        return new AssignedContent(contentKind, contentId);
    }

    AssignmentTarget targetKind() {
        return targetKind;
    }

    long targetId() {
        return targetId;
    }

    boolean mandatory() {
        return mandatory;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    Integer dueDaysAfterStart() {
        return dueDaysAfterStart;
    }

    Integer dueDaysAfterAssignment() {
        return dueDaysAfterAssignment;
    }

    long authorityId() {
        return authorityId;
    }
}
