package de.willkommensakademie.language;

import java.time.Instant;
import java.time.LocalDate;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A language course of one person: what was asked for, the manager's decision, the plan and the outcome. */
@Entity
class LanguageCourse extends AbstractEntity {

    private long authorityId;
    private long employeeId;
    private String language;
    private String provider;
    @Enumerated(EnumType.STRING)
    private Cefr targetLevel;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer hoursPlanned;
    private Integer hoursAttended;
    private Long costCents;
    @Enumerated(EnumType.STRING)
    private CourseStatus status;
    private String decisionReason;
    private Long decidedBy;
    @Enumerated(EnumType.STRING)
    private Cefr levelReached;
    private Instant requestedAt;
    private Instant completedAt;

    protected LanguageCourse() {
    }

    LanguageCourse(long authorityId, long employeeId, String language, Cefr targetLevel, String provider,
            String reason, Instant now) {
        this.authorityId = authorityId;
        this.employeeId = employeeId;
        this.language = language;
        this.targetLevel = targetLevel;
        this.provider = provider;
        this.decisionReason = reason;
        this.status = CourseStatus.REQUESTED;
        this.requestedAt = now;
    }

    void decide(boolean approved, long by, String reason) {
        this.status = approved ? CourseStatus.PLANNED : CourseStatus.DECLINED;
        this.decidedBy = by;
        this.decisionReason = reason;
    }

    void plan(String newProvider, LocalDate start, LocalDate end, Integer planned, Long cost) {
        this.provider = newProvider;
        this.startDate = start;
        this.endDate = end;
        this.hoursPlanned = planned;
        this.costCents = cost;
    }

    void complete(Cefr reached, int attended, Instant at) {
        this.status = CourseStatus.COMPLETED;
        this.levelReached = reached;
        this.hoursAttended = attended;
        this.completedAt = at;
    }

    void drop(Integer attended) {
        this.status = CourseStatus.DROPPED;
        this.hoursAttended = attended;
    }

    long authorityId() {
        return authorityId;
    }

    long employeeId() {
        return employeeId;
    }

    String language() {
        return language;
    }

    String provider() {
        return provider;
    }

    Cefr targetLevel() {
        return targetLevel;
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate endDate() {
        return endDate;
    }

    Integer hoursPlanned() {
        return hoursPlanned;
    }

    Integer hoursAttended() {
        return hoursAttended;
    }

    Long costCents() {
        return costCents;
    }

    CourseStatus status() {
        return status;
    }

    String decisionReason() {
        return decisionReason;
    }

    Cefr levelReached() {
        return levelReached;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    Instant completedAt() {
        return completedAt;
    }
}
