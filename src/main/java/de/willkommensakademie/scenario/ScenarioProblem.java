package de.willkommensakademie.scenario;

import java.util.List;

/** Something that prevents publishing, naming the node (null for the scenario as a whole) and the reason. */
public record ScenarioProblem(String node, String messageKey, List<String> arguments) {

    public ScenarioProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static ScenarioProblem of(String node, String messageKey, String... arguments) {
        return new ScenarioProblem(node, messageKey, List.of(arguments));
    }
}
