package de.willkommensakademie.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import de.willkommensakademie.base.AbstractEntity;
import de.willkommensakademie.base.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import org.hibernate.annotations.BatchSize;

/**
 * One round of the self-assessment: which questionnaire version, whom it asks (the whole authority, or teams and job
 * roles), from when to when, and whether its one reminder went out. Its status follows from the dates; ending early
 * moves the end to yesterday.
 */
@Entity
class AssessmentRound extends AbstractEntity {

    private long authorityId;
    private long questionnaireVersionId;
    private String title;
    private boolean wholeAuthority;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate reminderOn;
    private boolean reminderSent;
    private Long startedById;
    private Instant createdAt;

    // a page of rounds loads the audiences of all its rounds in one statement, not one per round
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "assessment_round_audience", joinColumns = @JoinColumn(name = "round_id"))
    private Set<RoundTarget> audience = new LinkedHashSet<>();

    protected AssessmentRound() {
    }

    AssessmentRound(long authorityId, long questionnaireVersionId, String title, boolean wholeAuthority,
            Set<RoundTarget> audience, LocalDate startsOn, LocalDate endsOn, LocalDate reminderOn, Long startedById,
            Instant createdAt) {
        this.authorityId = authorityId;
        this.questionnaireVersionId = questionnaireVersionId;
        this.title = title;
        this.wholeAuthority = wholeAuthority;
        this.audience = wholeAuthority ? new LinkedHashSet<>() : new LinkedHashSet<>(audience);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.reminderOn = reminderOn;
        this.startedById = startedById;
        this.createdAt = createdAt;
    }

    RoundStatus status(LocalDate today) {
        if (today.isAfter(endsOn)) {
            return RoundStatus.ENDED;
        }
        return today.isBefore(startsOn) ? RoundStatus.PLANNED : RoundStatus.RUNNING;
    }

    /** Ends a planned or running round now: answers are taken no longer from today on, and no reminder goes out. */
    void endEarly(LocalDate today) {
        if (status(today) == RoundStatus.ENDED) {
            throw new DomainException("assessment.round.error.already-ended");
        }
        endsOn = today.minusDays(1);
        reminderOn = null;
    }

    /** Whether the one reminder is due today: on or after its date, while the round runs, not yet sent. */
    boolean reminderDue(LocalDate today) {
        return reminderOn != null && !reminderSent && !today.isBefore(reminderOn)
                && status(today) == RoundStatus.RUNNING;
    }

    void reminderSent() {
        reminderSent = true;
    }

    long authorityId() {
        return authorityId;
    }

    long questionnaireVersionId() {
        return questionnaireVersionId;
    }

    String title() {
        return title;
    }

    boolean wholeAuthority() {
        return wholeAuthority;
    }

    Set<RoundTarget> audience() {
        return Set.copyOf(audience);
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    LocalDate reminderOn() {
        return reminderOn;
    }

    Long startedById() {
        return startedById;
    }
}
