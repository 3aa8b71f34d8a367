package de.willkommensakademie.assessment;

import de.willkommensakademie.base.AbstractEntity;
import de.willkommensakademie.base.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * That a person was asked in a round, with team and job role as they were at its start, and whether they answered —
 * never what or when. Until they submit, the draft holds their unfinished answers (JSON); submitting or the end of
 * the round empties it. Nothing else in the database refers to this row.
 */
@Entity(name = "AssessmentParticipation")
@Table(name = "assessment_participation")
class Participation extends AbstractEntity {

    private long roundId;
    private long employeeId;
    private Long teamId;
    private Long jobRoleId;
    private boolean answered;
    private String draft;

    protected Participation() {
    }

    Participation(long roundId, long employeeId, Long teamId, Long jobRoleId) {
        this.roundId = roundId;
        this.employeeId = employeeId;
        this.teamId = teamId;
        this.jobRoleId = jobRoleId;
    }

    void keepDraft(String json) {
        requireOpen();
        draft = json;
    }

    /** Marks the answers as given; a second submission is refused, and the draft goes. */
    void submitted() {
        requireOpen();
        answered = true;
        draft = null;
    }

    private void requireOpen() {
        if (answered) {
            throw new DomainException("assessment.answer.error.already-answered");
        }
    }

    long roundId() {
        return roundId;
    }

    long employeeId() {
        return employeeId;
    }

    Long teamId() {
        return teamId;
    }

    Long jobRoleId() {
        return jobRoleId;
    }

    boolean answered() {
        return answered;
    }

    String draft() {
        return draft;
    }
}
