package de.willkommensakademie.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import de.willkommensakademie.scenario.ScenarioContent.NodeType;

/** For tests: a way through a scenario to a given node, found with the engine. */
public final class ScenarioPaths {

    private ScenarioPaths() {
    }

    /** Breadth-first over play states; each step is a choice index, or null for a scene's continuation. */
    public static List<Integer> to(ScenarioContent scenario, String target) {
        record Step(ScenarioEngine.State state, List<Integer> path) {
        }
        Deque<Step> queue = new ArrayDeque<>(List.of(new Step(ScenarioEngine.start(scenario), List.of())));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            ScenarioEngine.State state = step.state();
            if (state.node().equals(target)) {
                return step.path();
            }
            if (!seen.add(state.node() + state.variables()) || ScenarioEngine.ended(scenario, state)) {
                continue;
            }
            if (scenario.node(state.node()).orElseThrow().type() == NodeType.SCENE) {
                queue.add(new Step(ScenarioEngine.proceed(scenario, state), append(step.path(), null)));
            } else {
                for (int choice : ScenarioEngine.offered(scenario, state)) {
                    queue.add(new Step(ScenarioEngine.choose(scenario, state, choice), append(step.path(), choice)));
                }
            }
        }
        throw new AssertionError("No way to " + target + " in " + scenario.key());
    }

    private static List<Integer> append(List<Integer> path, Integer step) {
        List<Integer> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }
}
