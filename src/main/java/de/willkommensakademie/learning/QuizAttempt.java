package de.willkommensakademie.learning;

import java.time.Instant;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** One submission of a quiz. Only the learner sees its answers; trainers see counts over at least five people. */
@Entity
class QuizAttempt extends AbstractEntity {

    private long progressId;

    private long employeeId;

    @Column(name = "module_version")
    private long moduleVersionId;

    private int lessonIndex;

    private int attemptNumber;

    private int scorePercent;

    private boolean passed;

    private Instant submittedAt;

    protected QuizAttempt() {
    }

    QuizAttempt(long progressId, long employeeId, long moduleVersionId, int lessonIndex, int attemptNumber,
            int scorePercent, boolean passed, Instant submittedAt) {
        this.progressId = progressId;
        this.employeeId = employeeId;
        this.moduleVersionId = moduleVersionId;
        this.lessonIndex = lessonIndex;
        this.attemptNumber = attemptNumber;
        this.scorePercent = scorePercent;
        this.passed = passed;
        this.submittedAt = submittedAt;
    }

    int scorePercent() {
        return scorePercent;
    }

    boolean passed() {
        return passed;
    }

    int attemptNumber() {
        return attemptNumber;
    }
}
