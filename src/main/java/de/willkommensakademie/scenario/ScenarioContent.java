package de.willkommensakademie.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.content.ContentDocument;

/**
 * One version of a role-play: its brief, variables, competences and the graph of nodes; {@code certificate}: reaching
 * an ending earns a certificate. {@code importNotes}: story-format macros a Twee import could not translate; each is
 * a problem until the trainer has dealt with it (never shown to players).
 */
public record ScenarioContent(String key, String cornerstone, List<String> competences,
        Map<String, Text> competenceLabels, int estimatedMinutes, String defaultLanguage, boolean showVariables,
        boolean allowBack, Text title, Text brief, List<Variable> variables, String start, List<Node> nodes,
        boolean certificate, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ImportNote> importNotes)
        implements ContentDocument<ScenarioContent> {

    public ScenarioContent {
        competences = competences == null ? List.of() : List.copyOf(competences);
        competenceLabels = competenceLabels == null ? Map.of() : Map.copyOf(competenceLabels);
        variables = variables == null ? List.of() : List.copyOf(variables);
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        importNotes = importNotes == null ? List.of() : List.copyOf(importNotes);
    }

    /** Without import notes: everything but a fresh Twee import. */
    public ScenarioContent(String key, String cornerstone, List<String> competences,
            Map<String, Text> competenceLabels, int estimatedMinutes, String defaultLanguage, boolean showVariables,
            boolean allowBack, Text title, Text brief, List<Variable> variables, String start, List<Node> nodes,
            boolean certificate) {
        this(key, cornerstone, competences, competenceLabels, estimatedMinutes, defaultLanguage, showVariables,
                allowBack, title, brief, variables, start, nodes, certificate, List.of());
    }

    /** Without labels for the competences: players then see their names. */
    public ScenarioContent(String key, String cornerstone, List<String> competences, int estimatedMinutes,
            String defaultLanguage, boolean showVariables, boolean allowBack, Text title, Text brief,
            List<Variable> variables, String start, List<Node> nodes) {
        this(key, cornerstone, competences, Map.of(), estimatedMinutes, defaultLanguage, showVariables, allowBack,
                title, brief, variables, start, nodes, false);
    }

    @Override
    public ScenarioContent withKey(String newKey) {
        return new ScenarioContent(newKey, cornerstone, competences, competenceLabels, estimatedMinutes,
                defaultLanguage, showVariables, allowBack, title, brief, variables, start, nodes, certificate,
                importNotes);
    }

    /**
     * A story-format macro (Harlowe, SugarCube, Chapbook) that a Twee import removed without translating it: the
     * node (null for the story as a whole), the passage name as written in Twine and the macro as found (shortened).
     */
    public record ImportNote(String node, String passage, String macro) {
    }

    /** What players see for a competence: its label in their language, else its name. */
    public String competenceLabel(String competence, Locale locale) {
        Text label = competenceLabels.get(competence);
        return label == null || label.byLanguage().isEmpty() ? competence : label.in(locale, defaultLanguage);
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(node -> node.id().equals(id)).findFirst();
    }

    /** A whole-number variable such as the client's patience, kept within its bounds; the label is what players see. */
    public record Variable(String name, Text label, int start, int min, int max) {
        int clamp(int value) {
            return Math.max(min, Math.min(max, value));
        }
    }

    public enum NodeType {
        SCENE, CHOICE, ENDING
    }

    public enum Outcome {
        GOOD, ACCEPTABLE, POOR
    }

    /**
     * A scene (text, {@code next}, optional {@code routes}, optional image with alternative text), a choice point
     * (optional prompt, choices) or an ending (outcome, title, debrief text). {@code image} is the id of a stored
     * picture.
     */
    public record Node(String id, NodeType type, Text text, String next, List<Route> routes, List<Choice> choices,
            Outcome outcome, Text title, String image, Text alt) {

        public Node {
            routes = routes == null ? List.of() : List.copyOf(routes);
            choices = choices == null ? List.of() : List.copyOf(choices);
        }

        public Node(String id, NodeType type, Text text, String next, List<Route> routes, List<Choice> choices,
                Outcome outcome, Text title) {
            this(id, type, text, next, routes, choices, outcome, title, null, null);
        }
    }

    /** Goes to {@code to} instead of the scene's own continuation when the condition holds. */
    public record Route(String when, String to) {
    }

    /** What the employee can say or do, why it is better or worse, and what it changes. */
    public record Choice(Text text, Text feedback, Map<String, Integer> scores, Map<String, Integer> effects,
            String when, String to) {

        public Choice {
            scores = scores == null ? Map.of() : Map.copyOf(scores);
            effects = effects == null ? Map.of() : Map.copyOf(effects);
        }
    }
}
