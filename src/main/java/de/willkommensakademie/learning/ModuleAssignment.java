package de.willkommensakademie.learning;

import java.time.Instant;
import java.time.LocalDate;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A module assigned to an employee, a team or a job role. It applies to whoever matches when the list is looked at,
 * so people joining a team or job role later get it too. Due either on a fixed date or some days after each
 * person's start date.
 */
@Entity
class ModuleAssignment extends AbstractEntity {

    private long authorityId;

    private long moduleId;

    @Enumerated(EnumType.STRING)
    private AssignmentTarget targetKind;

    private long targetId;

    private boolean mandatory;

    private LocalDate dueDate;

    private Integer dueDaysAfterStart;

    private String createdBy;

    private Instant createdAt;

    protected ModuleAssignment() {
    }

    ModuleAssignment(long authorityId, long moduleId, AssignmentTarget targetKind, long targetId, boolean mandatory,
            LocalDate dueDate, Integer dueDaysAfterStart, String createdBy, Instant createdAt) {
        if (dueDate != null && dueDaysAfterStart != null) {
            throw new IllegalArgumentException("Either a fixed due date or days after start, not both");
        }
        this.authorityId = authorityId;
        this.moduleId = moduleId;
        this.targetKind = targetKind;
        this.targetId = targetId;
        this.mandatory = mandatory;
        this.dueDate = dueDate;
        this.dueDaysAfterStart = dueDaysAfterStart;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The due date for one person, or null when there is none. */
    LocalDate dueFor(LocalDate personStartDate) {
        if (dueDate != null) {
            return dueDate;
        }
        if (dueDaysAfterStart != null && personStartDate != null) {
            return personStartDate.plusDays(dueDaysAfterStart);
        }
        return null;
    }

    long moduleId() {
        return moduleId;
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

    long authorityId() {
        return authorityId;
    }
}
