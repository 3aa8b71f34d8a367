package de.willkommensakademie.learning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import de.willkommensakademie.base.UserFacingException;

/** Scores one quiz submission: a question counts only when exactly its correct answers were chosen. */
final class QuizScoring {

    record Scored(int scorePercent, boolean passed, List<QuizResult.QuestionFeedback> feedback) {
    }

    private QuizScoring() {
    }

    static Scored score(ModuleContent.Quiz quiz, List<Set<Integer>> chosen) {
        if (chosen.size() != quiz.questions().size() || chosen.stream().anyMatch(Set::isEmpty)) {
            throw new UserFacingException("quiz.error.unanswered");
        }
        List<QuizResult.QuestionFeedback> feedback = new ArrayList<>();
        int right = 0;
        for (int index = 0; index < quiz.questions().size(); index++) {
            ModuleContent.Question question = quiz.questions().get(index);
            Set<Integer> picked = chosen.get(index);
            if (picked.stream().anyMatch(answer -> answer < 0 || answer >= question.answers().size())
                    || (question.type() != QuestionType.MULTIPLE && picked.size() != 1)) {
                throw new UserFacingException("quiz.error.invalid-answer");
            }
            Set<Integer> correct = new HashSet<>();
            for (int answer = 0; answer < question.answers().size(); answer++) {
                if (question.answers().get(answer).correct()) {
                    correct.add(answer);
                }
            }
            boolean isRight = correct.equals(picked);
            right += isRight ? 1 : 0;
            feedback.add(new QuizResult.QuestionFeedback(isRight, Set.copyOf(picked), picked.stream().sorted()
                    .map(answer -> question.answers().get(answer).feedback()).toList()));
        }
        int score = Math.round(100f * right / quiz.questions().size());
        return new Scored(score, score >= quiz.passPercent(), feedback);
    }
}
