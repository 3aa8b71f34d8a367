package de.willkommensakademie.assessment;

import java.util.List;

/**
 * Something wrong with a questionnaire: the line in {@code questionnaire.yaml} when read from a file, a translation
 * key and its arguments.
 */
public record QuestionnaireProblem(Integer line, String messageKey, List<String> arguments) {

    public QuestionnaireProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
}
