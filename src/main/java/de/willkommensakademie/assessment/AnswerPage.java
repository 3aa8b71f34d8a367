package de.willkommensakademie.assessment;

import java.time.LocalDate;

/**
 * What the answering page shows: the round, its questionnaire, the person's saved draft and the version of their
 * participation (a save from an outdated page is refused).
 */
public record AnswerPage(long roundId, String title, LocalDate endsOn, QuestionnaireContent questionnaire,
        AnswerSheet draft, long version) {
}
