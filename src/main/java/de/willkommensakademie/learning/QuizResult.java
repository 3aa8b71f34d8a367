package de.willkommensakademie.learning;

import java.util.List;
import java.util.Set;

import de.willkommensakademie.base.Text;

/** The outcome of one quiz submission, shown only to the person who took it. */
public record QuizResult(int scorePercent, boolean passed, int passPercent, Integer attemptsLeft,
        List<QuestionFeedback> questions, boolean moduleCompleted) {

    /** Whether the question was answered right, and the feedback of each chosen answer. */
    public record QuestionFeedback(boolean correct, Set<Integer> chosen, List<Text> feedback) {
    }
}
