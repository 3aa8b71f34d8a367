package de.willkommensakademie.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.willkommensakademie.scenario.ScenarioContent.NodeType;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The scenario file format, and the shipped counter scenarios: valid, and every ending reachable in play. */
class ScenarioFilesTest {

    static final String SMALL = """
            key: small
            cornerstone: COMPETENCES
            competences: [empathy]
            estimatedMinutes: 5
            defaultLanguage: de
            showVariables: true
            title: {de: "Klein", en: "Small"}
            brief: {de: "Kurz.", en: "Short."}
            variables:
              - name: trust
                label: {de: "Vertrauen", en: "Trust"}
                start: 1
                min: 0
                max: 3
            start: hello
            nodes:
              - id: hello
                type: scene
                text: {de: "Guten Tag.", en: "Hello."}
                next: ask
              - id: ask
                type: choice
                choices:
                  - text: {de: "Freundlich", en: "Friendly"}
                    feedback: {de: "Gut.", en: "Good."}
                    scores: {empathy: 2}
                    effects: {trust: +1}
                    to: good
                  - text: {de: "Schroff", en: "Curt"}
                    feedback: {de: "Schlecht.", en: "Bad."}
                    when: "trust >= 1"
                    to: bad
              - id: good
                type: ending
                outcome: good
                title: {de: "Gut", en: "Good"}
                text: {de: "Gut gemacht.", en: "Well done."}
              - id: bad
                type: ending
                outcome: poor
                title: {de: "Schlecht", en: "Bad"}
                text: {de: "Nicht gut.", en: "Not good."}
            """;

    @Test
    void a_valid_file_reads_into_a_scenario() {
        ScenarioFileReader.Result result = ScenarioFileReader.read(SMALL.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        assertThat(result.scenario().nodes()).hasSize(4);
        assertThat(result.scenario().node("ask").orElseThrow().choices().getFirst().effects())
                .containsEntry("trust", 1);
    }

    @Test
    void problems_in_a_file_name_the_line_of_the_node() {
        assertProblem(SMALL.replace("to: bad", "to: nowhere"), "scenario.problem.target", 21);
        assertProblem(SMALL.replace("when: \"trust >= 1\"", "when: \"mood >= 1\""), "scenario.problem.unknown-variable", 21);
        assertProblem(SMALL.replace("scores: {empathy: 2}", "scores: {charm: 2}"), "scenario.problem.unknown-competence", 21);
        assertProblem(SMALL.replace("type: scene", "type: movie"), "import.module.choice", 18);
        assertProblem(SMALL.replace("effects: {trust: +1}", "effects: {trust: lots}"), "import.module.number", 27);
        assertProblem(SMALL.replace("start: hello", "start: [hello"), "import.module.yaml", 16);
    }

    @Test
    void a_file_with_more_nodes_or_choices_than_allowed_is_refused_before_its_nodes_are_read() {
        StringBuilder many = new StringBuilder(SMALL.substring(0, SMALL.indexOf("nodes:") + "nodes:\n".length()));
        for (int node = 0; node <= ScenarioLimits.DEFAULT_NODES; node++) {
            many.append("  - id: n").append(node).append("\n    type: scene\n    text: {de: \"x\"}\n    next: n0\n");
        }
        ScenarioFileReader.Result result = ScenarioFileReader.read(many.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(result.scenario()).isNull();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("scenario.limit.nodes");
            assertThat(problem.arguments()).containsExactly("301", "300");
        });

        StringBuilder choices = new StringBuilder();
        for (int choice = 0; choice < 9; choice++) {
            choices.append("      - text: {de: \"A\"}\n        feedback: {de: \"B\"}\n        to: good\n");
        }
        String wide = SMALL.replaceFirst("(?s)(- id: ask\n.*?choices:\n)", "$1" + choices);
        assertThat(ScenarioFileReader.read(wide.getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(ScenarioProblem::messageKey).contains("scenario.limit.choices");
    }

    private static void assertProblem(String file, String messageKey, int line) {
        ScenarioFileReader.Result result = ScenarioFileReader.read(file.getBytes(StandardCharsets.UTF_8));
        assertThat(result.scenario()).isNull();
        assertThat(result.problems()).as(messageKey).anySatisfy(problem -> {
            assertThat(problem.messageKey()).isEqualTo(messageKey);
            assertThat(problem.line()).isEqualTo(line);
        });
    }

    @Test
    void every_shipped_scenario_is_valid_and_each_ending_can_be_reached_in_play() throws IOException {
        Map<String, ScenarioContent> shipped = shipped();
        assertThat(shipped).hasSizeGreaterThanOrEqualTo(8);
        for (var entry : shipped.entrySet()) {
            ScenarioContent scenario = entry.getValue();
            assertThat(scenario.nodes()).as(entry.getKey()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(scenario.variables()).as(entry.getKey()).isNotEmpty();
            Set<String> endings = new HashSet<>();
            scenario.nodes().stream().filter(node -> node.type() == NodeType.ENDING).forEach(n -> endings.add(n.id()));
            assertThat(endings).as(entry.getKey()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(endingsReachedInPlay(scenario)).as(entry.getKey() + " endings reached by playing")
                    .containsAll(endings);
            assertThat(ScenarioEngine.best(scenario).total()).as(entry.getKey()).isPositive();
        }
    }

    /** Plays every offered choice from every reachable state, honouring conditions, routes and bounds. */
    static Set<String> endingsReachedInPlay(ScenarioContent scenario) {
        Set<String> reached = new HashSet<>();
        Set<ScenarioEngine.State> seen = new HashSet<>();
        Deque<ScenarioEngine.State> queue = new ArrayDeque<>(List.of(ScenarioEngine.start(scenario)));
        while (!queue.isEmpty()) {
            ScenarioEngine.State state = queue.poll();
            ScenarioEngine.State withoutScores = new ScenarioEngine.State(state.node(), state.variables(), Map.of());
            if (!seen.add(withoutScores)) {
                continue;
            }
            NodeType type = scenario.node(state.node()).orElseThrow().type();
            if (type == NodeType.ENDING) {
                reached.add(state.node());
            } else if (type == NodeType.SCENE) {
                queue.add(ScenarioEngine.proceed(scenario, state));
            } else {
                ScenarioEngine.offered(scenario, state).forEach(choice ->
                        queue.add(ScenarioEngine.choose(scenario, state, choice)));
            }
        }
        return reached;
    }

    @Test
    void writing_and_reading_a_scenario_file_gives_the_same_scenario() throws IOException {
        for (ScenarioContent scenario : shipped().values()) {
            String yaml = ScenarioFileWriter.yaml(scenario, Map.of());
            ScenarioFileReader.Result again = ScenarioFileReader.read(yaml.getBytes(StandardCharsets.UTF_8));
            assertThat(again.problems()).as(scenario.key()).isEmpty();
            assertThat(again.scenario()).as(scenario.key()).isEqualTo(scenario);
        }
    }

    static Map<String, ScenarioContent> shipped() throws IOException {
        Map<String, ScenarioContent> scenarios = new LinkedHashMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:modules/*/" + ScenarioFileReader.FILE)) {
            try (InputStream in = resource.getInputStream()) {
                ScenarioFileReader.Result result = ScenarioFileReader.read(in.readAllBytes());
                assertThat(result.problems()).as(resource.getURL().toString()).isEmpty();
                scenarios.put(result.scenario().key(), result.scenario());
            }
        }
        return scenarios;
    }
}
