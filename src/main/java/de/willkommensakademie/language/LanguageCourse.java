package de.willkommensakademie.language;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import de.willkommensakademie.base.AbstractEntity;
import de.willkommensakademie.base.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A language course of one person: what was asked for, the manager's decision, the plan and the outcome. The course
 * guards its own life: requested, then declined or planned, then completed or dropped (a request can be dropped too).
 */
@Entity
class LanguageCourse extends AbstractEntity {

    static final int MAX_HOURS = 2000;
    static final long MAX_COST_CENTS = 100_000_00L;

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

    /**
     * The manager's answer to a request: approved courses are planned next, a decline needs a reason. Only a request
     * can be decided, so a second decision (from a stale screen) cannot overturn the first.
     */
    void decide(boolean approved, long by, String reason) {
        requireStatus(CourseStatus.REQUESTED);
        if (!approved && (reason == null || reason.isBlank())) {
            throw new DomainException("language.course.error.reason");
        }
        this.status = approved ? CourseStatus.PLANNED : CourseStatus.DECLINED;
        this.decidedBy = by;
        this.decisionReason = reason;
    }

    /** Provider, dates, hours and cost of an approved course, changeable until it is completed or dropped. */
    void plan(String newProvider, LocalDate start, LocalDate end, Integer planned, Long cost) {
        requireStatus(CourseStatus.PLANNED);
        if (start != null && end != null && end.isBefore(start)) {
            throw new DomainException("language.course.error.dates");
        }
        if (planned != null && (planned < 0 || planned > MAX_HOURS)) {
            throw new DomainException("language.course.error.hours", MAX_HOURS);
        }
        if (cost != null && (cost < 0 || cost > MAX_COST_CENTS)) {
            throw new DomainException("language.course.error.cost");
        }
        this.provider = newProvider;
        this.startDate = start;
        this.endDate = end;
        this.hoursPlanned = planned;
        this.costCents = cost;
    }

    /** The outcome of a planned (or running) course; completing twice would announce it, and certify it, twice. */
    void complete(Cefr reached, int attended, Instant at) {
        requireStatus(CourseStatus.PLANNED);
        if (reached == null) {
            throw new DomainException("language.error.level");
        }
        if (attended < 1 || attended > MAX_HOURS) {
            throw new DomainException("language.course.error.hours", MAX_HOURS);
        }
        this.status = CourseStatus.COMPLETED;
        this.levelReached = reached;
        this.hoursAttended = attended;
        this.completedAt = at;
    }

    /** A request or a planned course given up; a completed, declined or dropped course stays as it ended. */
    void drop(Integer attended) {
        requireStatus(CourseStatus.REQUESTED, CourseStatus.PLANNED);
        if (attended != null && (attended < 0 || attended > MAX_HOURS)) {
            throw new DomainException("language.course.error.hours", MAX_HOURS);
        }
        this.status = CourseStatus.DROPPED;
        this.hoursAttended = attended;
    }

    // RUNNING is never stored: a planned course shows as running once its start date has come (LanguageCourses.row).
    private void requireStatus(CourseStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new DomainException("language.course.error.state");
        }
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
