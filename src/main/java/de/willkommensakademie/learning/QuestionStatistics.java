package de.willkommensakademie.learning;

import java.util.List;

import de.willkommensakademie.base.Text;

/**
 * How often each answer of one question was chosen. {@code counts} is empty unless at least
 * {@link ModuleLibrary#MIN_PEOPLE_FOR_STATISTICS} different people answered, so nobody can be singled out.
 */
public record QuestionStatistics(int lesson, int question, Text lessonTitle, Text questionText, long people,
        List<AnswerCount> counts) {

    public record AnswerCount(Text answer, boolean correct, long chosen) {
    }

    public boolean shown() {
        return !counts.isEmpty();
    }
}
