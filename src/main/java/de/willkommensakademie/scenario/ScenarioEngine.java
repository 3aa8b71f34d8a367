package de.willkommensakademie.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.willkommensakademie.scenario.ScenarioContent.Choice;
import de.willkommensakademie.scenario.ScenarioContent.Node;
import de.willkommensakademie.scenario.ScenarioContent.NodeType;

/**
 * Plays a scenario: a scene is shown, and moving on from it follows the first route whose condition holds, else its
 * {@code next}; a choice adds its scores, changes variables within their bounds and moves on. Also finds the best
 * achievable path, so a player's scores can be put beside it.
 */
public final class ScenarioEngine {

    /** Where a play stands: the current node, the variable values and the scores so far. */
    public record State(String node, Map<String, Integer> variables, Map<String, Integer> scores) {
        public State {
            variables = Map.copyOf(variables);
            scores = Map.copyOf(scores);
        }
    }

    /** The best path's scores per competence, their sum, and the ending it reaches. */
    public record BestPath(int total, Map<String, Integer> scores, String ending) {
    }

    private ScenarioEngine() {
    }

    public static State start(ScenarioContent scenario) {
        Map<String, Integer> variables = new LinkedHashMap<>();
        scenario.variables().forEach(variable -> variables.put(variable.name(), variable.start()));
        Map<String, Integer> scores = new TreeMap<>();
        scenario.competences().forEach(competence -> scores.put(competence, 0));
        return new State(scenario.start(), variables, scores);
    }

    /** The choices offered at a choice point now: those without a condition, or whose condition holds. */
    public static List<Integer> offered(ScenarioContent scenario, State state) {
        Node node = node(scenario, state.node());
        List<Integer> offered = new ArrayList<>();
        for (int index = 0; index < node.choices().size(); index++) {
            String when = node.choices().get(index).when();
            if (when == null || Condition.parse(when).holds(state.variables())) {
                offered.add(index);
            }
        }
        return offered;
    }

    public static State choose(ScenarioContent scenario, State state, int choiceIndex) {
        Node node = node(scenario, state.node());
        if (node.type() != NodeType.CHOICE || !offered(scenario, state).contains(choiceIndex)) {
            throw new IllegalArgumentException("Choice " + choiceIndex + " is not offered at " + state.node());
        }
        Choice choice = node.choices().get(choiceIndex);
        Map<String, Integer> variables = new LinkedHashMap<>(state.variables());
        for (ScenarioContent.Variable variable : scenario.variables()) {
            int change = choice.effects().getOrDefault(variable.name(), 0);
            variables.put(variable.name(), variable.clamp(variables.get(variable.name()) + change));
        }
        Map<String, Integer> scores = new TreeMap<>(state.scores());
        choice.scores().forEach((competence, points) -> scores.merge(competence, points, Integer::sum));
        return new State(choice.to(), variables, scores);
    }

    /** Moves on from a scene: to the first route whose condition holds, else to what follows it. */
    public static State proceed(ScenarioContent scenario, State state) {
        Node node = node(scenario, state.node());
        if (node.type() != NodeType.SCENE) {
            throw new IllegalArgumentException(state.node() + " is not a scene");
        }
        String target = node.routes().stream()
                .filter(route -> Condition.parse(route.when()).holds(state.variables()))
                .map(ScenarioContent.Route::to).findFirst().orElse(node.next());
        return new State(target, state.variables(), state.scores());
    }

    public static boolean ended(ScenarioContent scenario, State state) {
        return node(scenario, state.node()).type() == NodeType.ENDING;
    }

    /**
     * The path with the highest total score that reaches an ending, over every reachable combination of node and
     * variable values. Revisiting a state on the same path is not allowed, so loops add nothing. The search is
     * exhaustive, which suits counter scenarios of a few dozen nodes with small variable ranges.
     */
    public static BestPath best(ScenarioContent scenario) {
        State start = start(scenario);
        BestPath best = search(scenario, start, new HashSet<>());
        if (best == null) {
            throw new IllegalStateException("No ending can be reached in " + scenario.key());
        }
        return best;
    }

    private static BestPath search(ScenarioContent scenario, State state, Set<String> onPath) {
        String key = state.node() + state.variables();
        Node node = node(scenario, state.node());
        if (node.type() == NodeType.ENDING) {
            int total = state.scores().values().stream().mapToInt(Integer::intValue).sum();
            return new BestPath(total, state.scores(), node.id());
        }
        if (!onPath.add(key)) {
            return null;
        }
        try {
            List<State> nextStates = new ArrayList<>();
            if (node.type() == NodeType.SCENE) {
                nextStates.add(proceed(scenario, state));
            } else {
                for (int choice : offered(scenario, state)) {
                    nextStates.add(choose(scenario, state, choice));
                }
            }
            BestPath best = null;
            for (State next : nextStates) {
                BestPath candidate = search(scenario, next, onPath);
                if (candidate != null && (best == null || candidate.total() > best.total())) {
                    best = candidate;
                }
            }
            return best;
        } finally {
            onPath.remove(key);
        }
    }

    private static Node node(ScenarioContent scenario, String id) {
        return scenario.node(id).orElseThrow(() -> new IllegalArgumentException("Unknown node " + id));
    }
}
