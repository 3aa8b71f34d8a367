package de.willkommensakademie.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.content.AuthoredContent;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.scenario.ScenarioContent.Node;
import de.willkommensakademie.scenario.ScenarioContent.NodeType;

/**
 * What a scenario needs before it can be published. Each problem names the node it concerns: unreachable nodes,
 * choice points without choices, nodes from which no ending can be reached (loops without a way out included),
 * unknown variables or competences, conditions that do not parse, missing texts in the default language, Twine
 * macros an import could not translate and story-format code left in any text players would see.
 */
public final class ScenarioRules {

    static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern VARIABLE = Pattern.compile("[a-z][a-z0-9_]*");
    /** A choice point offers this many choices: checked here, and the editor stops adding at the maximum. */
    public static final int MIN_CHOICES = 2;
    public static final int MAX_CHOICES = 5;

    // The longest texts the editor's fields take (imports are limited by the file sizes of ScenarioLimits instead).
    public static final int TITLE_LENGTH = AuthoredContent.TITLE_LENGTH;
    public static final int BRIEF_LENGTH = 8000;
    public static final int SCENE_TEXT_LENGTH = 8000;
    public static final int PROMPT_LENGTH = 2000;
    public static final int CHOICE_TEXT_LENGTH = 1000;
    public static final int FEEDBACK_LENGTH = 4000;
    public static final int ALT_LENGTH = 1000;
    public static final int LABEL_LENGTH = 80;
    public static final int MAX_MINUTES = 240;

    private ScenarioRules() {
    }

    static List<ScenarioProblem> check(ScenarioContent scenario) {
        List<ScenarioProblem> problems = new ArrayList<>();
        String language = scenario.defaultLanguage();
        if (scenario.key() == null || !KEY.matcher(scenario.key()).matches()) {
            problems.add(ScenarioProblem.of(null, "scenario.problem.key", String.valueOf(scenario.key())));
        }
        if (!"de".equals(language) && !"en".equals(language)) {
            problems.add(ScenarioProblem.of(null, "scenario.problem.language", String.valueOf(language)));
            return problems;
        }
        if (Arrays.stream(Cornerstone.values()).noneMatch(option -> option.name().equals(scenario.cornerstone()))) {
            problems.add(ScenarioProblem.of(null, "scenario.problem.cornerstone", String.valueOf(scenario.cornerstone())));
        }
        requireText(scenario.title(), language, null, "scenario.problem.title", problems);
        requireText(scenario.brief(), language, null, "scenario.problem.brief", problems);
        for (String competence : scenario.competenceLabels().keySet()) {
            if (!scenario.competences().contains(competence)) {
                problems.add(ScenarioProblem.of(null, "scenario.problem.unknown-competence", competence));
            }
        }
        Set<String> variables = new HashSet<>();
        for (ScenarioContent.Variable variable : scenario.variables()) {
            if (!VARIABLE.matcher(variable.name()).matches() || !variables.add(variable.name())) {
                problems.add(ScenarioProblem.of(null, "scenario.problem.variable-name", variable.name()));
            }
            if (scenario.showVariables() && (variable.label() == null || !variable.label().has(language))) {
                problems.add(ScenarioProblem.of(null, "scenario.problem.variable-label", variable.name(), language));
            }
            if (variable.min() > variable.max() || variable.start() < variable.min() || variable.start() > variable.max()) {
                problems.add(ScenarioProblem.of(null, "scenario.problem.variable-bounds", variable.name()));
            }
        }
        for (ScenarioContent.ImportNote note : scenario.importNotes()) {
            problems.add(note.macro() == null
                    ? ScenarioProblem.of(note.node(), "scenario.problem.twee-passage", note.passage())
                    : ScenarioProblem.of(note.node(), "scenario.problem.twee-macro", note.passage(), note.macro()));
        }
        macroText(scenario.title(), null, problems);
        macroText(scenario.brief(), null, problems);
        for (Node node : scenario.nodes()) {
            macroText(node.text(), node.id(), problems);
            macroText(node.title(), node.id(), problems);
            macroText(node.alt(), node.id(), problems);
            for (ScenarioContent.Choice choice : node.choices()) {
                macroText(choice.text(), node.id(), problems);
                macroText(choice.feedback(), node.id(), problems);
            }
        }
        Map<String, Node> nodes = new HashMap<>();
        for (Node node : scenario.nodes()) {
            if (node.id() == null || !KEY.matcher(node.id()).matches() || nodes.putIfAbsent(node.id(), node) != null) {
                problems.add(ScenarioProblem.of(node.id(), "scenario.problem.node-id", String.valueOf(node.id())));
            }
        }
        if (scenario.start() == null || !nodes.containsKey(scenario.start())) {
            problems.add(ScenarioProblem.of(null, "scenario.problem.start", String.valueOf(scenario.start())));
            return problems;
        }
        boolean anyEnding = false;
        for (Node node : scenario.nodes()) {
            anyEnding |= node.type() == NodeType.ENDING;
            checkNode(node, scenario, language, nodes.keySet(), variables, problems);
        }
        if (!anyEnding) {
            problems.add(ScenarioProblem.of(null, "scenario.problem.no-ending"));
        }
        Set<String> reachable = reachable(scenario.start(), nodes);
        Set<String> leadToEnding = leadToEnding(nodes);
        for (Node node : scenario.nodes()) {
            if (!reachable.contains(node.id())) {
                problems.add(ScenarioProblem.of(node.id(), "scenario.problem.unreachable"));
            } else if (!leadToEnding.contains(node.id())) {
                problems.add(ScenarioProblem.of(node.id(), "scenario.problem.no-way-out"));
            }
        }
        return problems;
    }

    private static void checkNode(Node node, ScenarioContent scenario, String language, Set<String> ids,
            Set<String> variables, List<ScenarioProblem> problems) {
        String id = node.id();
        if (node.type() == null) {
            problems.add(ScenarioProblem.of(id, "scenario.problem.node-type"));
            return;
        }
        switch (node.type()) {
            case SCENE -> {
                requireText(node.text(), language, id, "scenario.problem.scene-text", problems);
                if (node.image() != null) {
                    requireText(node.alt(), language, id, "scenario.problem.alt", problems);
                }
                requireTarget(node.next(), id, ids, problems);
                for (ScenarioContent.Route route : node.routes()) {
                    checkCondition(route.when(), id, variables, problems);
                    requireTarget(route.to(), id, ids, problems);
                }
            }
            case CHOICE -> {
                if (node.choices().size() < MIN_CHOICES || node.choices().size() > MAX_CHOICES) {
                    problems.add(ScenarioProblem.of(id, "scenario.problem.choice-count", String.valueOf(MIN_CHOICES),
                            String.valueOf(MAX_CHOICES)));
                }
                for (ScenarioContent.Choice choice : node.choices()) {
                    requireText(choice.text(), language, id, "scenario.problem.choice-text", problems);
                    requireText(choice.feedback(), language, id, "scenario.problem.feedback", problems);
                    requireTarget(choice.to(), id, ids, problems);
                    if (choice.when() != null) {
                        checkCondition(choice.when(), id, variables, problems);
                    }
                    for (String competence : choice.scores().keySet()) {
                        if (!scenario.competences().contains(competence)) {
                            problems.add(ScenarioProblem.of(id, "scenario.problem.unknown-competence", competence));
                        }
                    }
                    for (String variable : choice.effects().keySet()) {
                        if (!variables.contains(variable)) {
                            problems.add(ScenarioProblem.of(id, "scenario.problem.unknown-variable", variable));
                        }
                    }
                }
            }
            case ENDING -> {
                if (node.outcome() == null) {
                    problems.add(ScenarioProblem.of(id, "scenario.problem.outcome"));
                }
                requireText(node.title(), language, id, "scenario.problem.ending-title", problems);
                requireText(node.text(), language, id, "scenario.problem.debrief", problems);
            }
        }
    }

    private static void checkCondition(String text, String node, Set<String> variables,
            List<ScenarioProblem> problems) {
        try {
            for (String variable : Condition.parse(text).variables()) {
                if (!variables.contains(variable)) {
                    problems.add(ScenarioProblem.of(node, "scenario.problem.unknown-variable", variable));
                }
            }
        } catch (Condition.Invalid invalid) {
            problems.add(ScenarioProblem.of(node, "scenario.problem.condition." + invalid.reason(),
                    String.valueOf(text), String.valueOf(invalid.position() + 1), invalid.found()));
        }
    }

    /** Story-format code (a Twine macro, a printed $variable) would reach players as it is, in any language. */
    private static void macroText(Text text, String node, List<ScenarioProblem> problems) {
        if (text == null) {
            return;
        }
        text.byLanguage().forEach((language, value) -> TwineMacros.find(value).ifPresent(
                macro -> problems.add(ScenarioProblem.of(node, "scenario.problem.macro-text", macro, language))));
    }

    private static void requireTarget(String target, String node, Set<String> ids, List<ScenarioProblem> problems) {
        if (target == null || !ids.contains(target)) {
            problems.add(ScenarioProblem.of(node, "scenario.problem.target", String.valueOf(target)));
        }
    }

    private static void requireText(Text text, String language, String node, String messageKey,
            List<ScenarioProblem> problems) {
        if (text == null || !text.has(language)) {
            problems.add(ScenarioProblem.of(node, messageKey, language));
        }
    }

    /** Every edge a node can take, ignoring conditions (an author must be able to reach everything). */
    static Set<String> successors(Node node) {
        Set<String> targets = new LinkedHashSet<>();
        if (node.next() != null) {
            targets.add(node.next());
        }
        node.routes().forEach(route -> targets.add(route.to()));
        node.choices().forEach(choice -> targets.add(choice.to()));
        targets.remove(null);
        return targets;
    }

    private static Set<String> reachable(String start, Map<String, Node> nodes) {
        Set<String> seen = new HashSet<>(Set.of(start));
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            Node node = nodes.get(queue.poll());
            if (node == null) {
                continue;
            }
            for (String target : successors(node)) {
                if (nodes.containsKey(target) && seen.add(target)) {
                    queue.add(target);
                }
            }
        }
        return seen;
    }

    /** Nodes from which some ending can be reached, found backwards from the endings. */
    private static Set<String> leadToEnding(Map<String, Node> nodes) {
        Map<String, Set<String>> predecessors = new HashMap<>();
        nodes.values().forEach(node -> successors(node)
                .forEach(target -> predecessors.computeIfAbsent(target, any -> new HashSet<>()).add(node.id())));
        Set<String> good = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        nodes.values().stream().filter(node -> node.type() == NodeType.ENDING).forEach(node -> {
            good.add(node.id());
            queue.add(node.id());
        });
        while (!queue.isEmpty()) {
            for (String predecessor : predecessors.getOrDefault(queue.poll(), Set.of())) {
                if (good.add(predecessor)) {
                    queue.add(predecessor);
                }
            }
        }
        return good;
    }
}
