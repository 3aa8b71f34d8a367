package de.willkommensakademie.learning;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** One chosen answer of an attempt, kept for the learner's review and the aggregated statistics. */
@Entity
class QuizAnswer extends AbstractEntity {

    private long attemptId;

    @Column(name = "module_version")
    private long moduleVersionId;

    private int lessonIndex;

    private int questionIndex;

    private int answerIndex;

    protected QuizAnswer() {
    }

    QuizAnswer(long attemptId, long moduleVersionId, int lessonIndex, int questionIndex, int answerIndex) {
        this.attemptId = attemptId;
        this.moduleVersionId = moduleVersionId;
        this.lessonIndex = lessonIndex;
        this.questionIndex = questionIndex;
        this.answerIndex = answerIndex;
    }
}
