package de.willkommensakademie.scenario;

import java.util.List;

/**
 * Something that prevents importing or publishing: the node (null for the scenario as a whole), the line in
 * {@code scenario.yaml} when read from a file, and the reason as a translation key.
 */
public record ScenarioProblem(String node, Integer line, String messageKey, List<String> arguments) {

    public ScenarioProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static ScenarioProblem of(String node, String messageKey, String... arguments) {
        return new ScenarioProblem(node, null, messageKey, List.of(arguments));
    }

    ScenarioProblem atLine(Integer atLine) {
        return new ScenarioProblem(node, atLine, messageKey, arguments);
    }
}
