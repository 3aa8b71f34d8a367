package de.willkommensakademie.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import de.willkommensakademie.base.Text;
import de.willkommensakademie.scenario.ScenarioContent.Choice;
import de.willkommensakademie.scenario.ScenarioContent.Node;
import de.willkommensakademie.scenario.ScenarioContent.NodeType;
import de.willkommensakademie.scenario.ScenarioContent.Outcome;
import de.willkommensakademie.scenario.ScenarioContent.Route;
import de.willkommensakademie.scenario.ScenarioContent.Variable;
import org.junit.jupiter.api.Test;

/** The scenario engine: conditions, bounds, scoring, routing, the best path, validation and Twee. */
class ScenarioEngineTest {

    /** A client loses patience: two wrong answers end in escalation, the right one in a good ending. */
    static ScenarioContent counter() {
        return new ScenarioContent("counter", "COMPETENCES", List.of("empathy", "clarity"), 5, "de", true, false,
                Text.of("Am Schalter", "At the counter"), Text.of("Ein Kunde wartet.", "A client waits."),
                List.of(new Variable("patience", Text.of("Geduld", "Patience"), 2, 0, 3)), "arrival", List.of(
                        new Node("arrival", NodeType.SCENE, Text.of("Er ist verärgert.", "He is angry."), "reply",
                                List.of(new Route("patience <= 0", "escalation")), List.of(), null, null),
                        new Node("reply", NodeType.CHOICE, Text.of("Was sagen Sie?", "What do you say?"), null,
                                List.of(), List.of(
                                        choice("Ich verstehe Sie.", Map.of("empathy", 2), Map.of("patience", 2), null,
                                                "explain"),
                                        choice("Kommen Sie später.", Map.of("empathy", -1), Map.of("patience", -2),
                                                null, "arrival"),
                                        choice("Hausverbot!", Map.of("clarity", -2), Map.of("patience", -3),
                                                "patience >= 3", "bad-end")), null, null),
                        new Node("explain", NodeType.CHOICE, Text.of("Und nun?", "And now?"), null, List.of(),
                                List.of(choice("Nächster Schritt und Rückruftermin.", Map.of("clarity", 3), Map.of(),
                                        null, "good-end"), choice("Das dauert halt.", Map.of("clarity", -1),
                                                Map.of("patience", -1), null, "ok-end")), null, null),
                        ending("escalation", Outcome.POOR), ending("good-end", Outcome.GOOD),
                        ending("ok-end", Outcome.ACCEPTABLE), ending("bad-end", Outcome.POOR)));
    }

    private static Choice choice(String text, Map<String, Integer> scores, Map<String, Integer> effects, String when,
            String to) {
        return new Choice(Text.of(text, text), Text.of("Weil …", "Because …"), scores, effects, when, to);
    }

    private static Node ending(String id, Outcome outcome) {
        return new Node(id, NodeType.ENDING, Text.of("Auswertung", "Debrief"), null, List.of(), List.of(), outcome,
                Text.of(id, id));
    }

    @Test
    void conditions_parse_and_evaluate_without_running_code() {
        Map<String, Integer> values = Map.of("patience", 2, "trust", 0);
        assertThat(Condition.parse("patience >= 2").holds(values)).isTrue();
        assertThat(Condition.parse("patience > 2 or trust == 0").holds(values)).isTrue();
        assertThat(Condition.parse("not (patience >= 2 and trust >= 1)").holds(values)).isTrue();
        assertThat(Condition.parse("trust != -1 and patience < 3").holds(values)).isTrue();
        assertThat(Condition.parse("patience <= 1").holds(values)).isFalse();
        assertThat(Condition.parse("a >= 1 and (b < 2 or not c == 3)").variables()).containsExactlyInAnyOrder("a", "b",
                "c");
    }

    @Test
    void broken_conditions_say_where_and_what_was_expected() {
        assertInvalid("patience >=", "ended-number", "", 11);
        assertInvalid("patience => 2", "comparison", "=", 9);
        assertInvalid("patience >= two", "number", "two", 12);
        assertInvalid("(patience >= 2", "expected", ")", 14);
        assertInvalid("patience >= 2; drop table", "character", ";", 13);
        assertInvalid("System.exit(0) >= 1", "character", ".", 6);
        assertInvalid("", "empty", "", 0);
        assertInvalid("1 >= patience", "variable", "1", 0);
        assertInvalid("patience", "ended-comparison", "", 8);
        assertInvalid("patience >= 1 trust", "unexpected", "trust", 14);
    }

    private static void assertInvalid(String text, String reason, String found, int position) {
        assertThatThrownBy(() -> Condition.parse(text)).isInstanceOf(Condition.Invalid.class).satisfies(error -> {
            Condition.Invalid invalid = (Condition.Invalid) error;
            assertThat(invalid.reason()).isEqualTo(reason);
            assertThat(invalid.found()).isEqualTo(found);
            assertThat(invalid.position()).isEqualTo(position);
        });
    }

    @Test
    void choices_score_change_variables_within_bounds_and_conditions_hide_choices() {
        ScenarioContent scenario = counter();
        ScenarioEngine.State state = ScenarioEngine.proceed(scenario, ScenarioEngine.start(scenario));
        assertThat(state.node()).isEqualTo("reply");
        assertThat(ScenarioEngine.offered(scenario, state)).containsExactly(0, 1);

        ScenarioEngine.State calmer = ScenarioEngine.choose(scenario, state, 0);
        assertThat(calmer.variables()).containsEntry("patience", 3);
        assertThat(calmer.scores()).containsEntry("empathy", 2).containsEntry("clarity", 0);

        assertThatThrownBy(() -> ScenarioEngine.choose(scenario, state, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_route_sends_the_client_to_the_escalation_when_patience_runs_out() {
        ScenarioContent scenario = counter();
        ScenarioEngine.State reply = ScenarioEngine.proceed(scenario, ScenarioEngine.start(scenario));
        ScenarioEngine.State back = ScenarioEngine.choose(scenario, reply, 1);
        assertThat(back.variables()).containsEntry("patience", 0);
        assertThat(back.node()).as("the scene is shown first").isEqualTo("arrival");
        ScenarioEngine.State escalated = ScenarioEngine.proceed(scenario, back);
        assertThat(escalated.node()).as("patience 0 routes away from the scene").isEqualTo("escalation");
        assertThat(ScenarioEngine.ended(scenario, escalated)).isTrue();
        assertThat(escalated.scores()).containsEntry("empathy", -1);
    }

    @Test
    void the_best_path_is_the_highest_total_score_over_reachable_states() {
        ScenarioEngine.BestPath best = ScenarioEngine.best(counter());
        assertThat(best.ending()).isEqualTo("good-end");
        assertThat(best.total()).isEqualTo(5);
        assertThat(best.scores()).containsEntry("empathy", 2).containsEntry("clarity", 3);
    }

    @Test
    void a_correct_scenario_has_no_problems() {
        assertThat(ScenarioRules.check(counter())).isEmpty();
    }

    @Test
    void each_validation_rule_names_the_node_and_the_reason() {
        assertProblem(nodes -> replace(nodes, ending("lonely", Outcome.GOOD)), "lonely", "scenario.problem.unreachable");
        assertProblem(nodes -> replace(nodes, new Node("explain", NodeType.CHOICE, Text.of("?", "?"), null, List.of(),
                List.of(), null, null)), "explain", "scenario.problem.choice-count");
        assertProblem(nodes -> replace(nodes, new Node("explain", NodeType.CHOICE, Text.of("?", "?"), null, List.of(),
                List.of(choice("a", Map.of(), Map.of(), null, "loop"), choice("b", Map.of(), Map.of(), null, "loop")),
                null, null), new Node("loop", NodeType.SCENE, Text.of("…", "…"), "explain", List.of(), List.of(), null,
                null)), "loop", "scenario.problem.no-way-out");
        assertProblem(nodes -> replace(nodes, new Node("arrival", NodeType.SCENE, Text.of("x", "x"), "reply",
                List.of(new Route("mood <= 0", "escalation")), List.of(), null, null)), "arrival",
                "scenario.problem.unknown-variable");
        assertProblem(nodes -> replace(nodes, new Node("arrival", NodeType.SCENE, Text.of("x", "x"), "reply",
                List.of(new Route("patience <=", "escalation")), List.of(), null, null)), "arrival",
                "scenario.problem.condition.ended-number");
        assertProblem(nodes -> replace(nodes, new Node("arrival", NodeType.SCENE, Text.of(null, "only English"),
                "reply", List.of(), List.of(), null, null)), "arrival", "scenario.problem.scene-text");
        assertProblem(nodes -> replace(nodes, new Node("arrival", NodeType.SCENE, Text.of("x", "x"), "nowhere",
                List.of(), List.of(), null, null)), "arrival", "scenario.problem.target");
        assertProblem(nodes -> replace(nodes, new Node("explain", NodeType.CHOICE, Text.of("?", "?"), null, List.of(),
                List.of(choice("a", Map.of("charm", 1), Map.of(), null, "good-end"),
                        choice("b", Map.of(), Map.of(), null, "ok-end")), null, null)), "explain",
                "scenario.problem.unknown-competence");
    }

    @Test
    void a_shown_variable_needs_a_label_in_the_default_language() {
        ScenarioContent base = counter();
        ScenarioContent unlabelled = new ScenarioContent(base.key(), base.cornerstone(), base.competences(),
                base.estimatedMinutes(), "de", true, false, base.title(), base.brief(),
                List.of(new Variable("patience", Text.of(null, "Patience"), 2, 0, 3)), base.start(), base.nodes());
        assertThat(ScenarioRules.check(unlabelled))
                .containsExactly(ScenarioProblem.of(null, "scenario.problem.variable-label", "patience", "de"));
        ScenarioContent hidden = new ScenarioContent(base.key(), base.cornerstone(), base.competences(),
                base.estimatedMinutes(), "de", false, false, base.title(), base.brief(), unlabelled.variables(),
                base.start(), base.nodes());
        assertThat(ScenarioRules.check(hidden)).isEmpty();
    }

    @Test
    void twee_export_and_import_give_back_the_same_graph() {
        ScenarioContent scenario = counter();
        String twee = TweeFormat.write(scenario);
        assertThat(twee).contains(":: StoryData", "\"start\": \"arrival\"", ":: good-end [ending-good]",
                "[[Ich verstehe Sie.->explain]]");
        ScenarioContent back = TweeFormat.read(twee, "counter", "de");
        assertThat(back.start()).isEqualTo(scenario.start());
        assertThat(graph(back)).isEqualTo(graph(scenario));
        assertThat(back.node("good-end").orElseThrow().outcome()).isEqualTo(Outcome.GOOD);
        assertThat(TweeFormat.write(back)).isEqualTo(twee);
    }

    @Test
    void twee_from_twine_with_other_link_styles_is_read() {
        String twee = """
                :: StoryTitle
                Beratung

                :: Start Here
                Die Kundin fragt nach Kursen.
                [[Verweisen|Gute Wahl]]
                [[Schlechte Wahl<-Raten]]

                :: Gute Wahl [ending-good]
                ## Gut gemacht

                :: Schlechte Wahl [ending-poor]
                Geraten ist nie gut.
                """;
        ScenarioContent scenario = TweeFormat.read(twee, "beratung", "de");
        assertThat(scenario.start()).isEqualTo("start-here");
        Node start = scenario.node("start-here").orElseThrow();
        assertThat(start.type()).isEqualTo(NodeType.CHOICE);
        assertThat(start.choices()).extracting(Choice::to).containsExactly("gute-wahl", "schlechte-wahl");
        assertThat(start.choices()).extracting(choice -> choice.text().get("de")).containsExactly("Verweisen", "Raten");
        assertThat(scenario.node("gute-wahl").orElseThrow().title().get("de")).isEqualTo("Gut gemacht");
    }

    private static List<String> graph(ScenarioContent scenario) {
        List<String> edges = new ArrayList<>();
        for (Node node : scenario.nodes()) {
            edges.add(node.id() + ":" + node.type() + ":" + node.outcome());
            ScenarioRules.successors(node).stream()
                    .filter(target -> node.routes().stream().noneMatch(route -> route.to().equals(target)))
                    .forEach(target -> edges.add(node.id() + "->" + target));
        }
        return edges;
    }

    private static void assertProblem(UnaryOperator<List<Node>> change, String node, String messageKey) {
        ScenarioContent base = counter();
        ScenarioContent broken = new ScenarioContent(base.key(), base.cornerstone(), base.competences(),
                base.estimatedMinutes(), base.defaultLanguage(), true, false, base.title(), base.brief(),
                base.variables(), base.start(), change.apply(new ArrayList<>(base.nodes())));
        assertThat(ScenarioRules.check(broken)).as(messageKey)
                .contains(ScenarioProblem.of(node, messageKey, problemArguments(ScenarioRules.check(broken), node,
                        messageKey)));
    }

    private static String[] problemArguments(List<ScenarioProblem> problems, String node, String messageKey) {
        return problems.stream().filter(p -> messageKey.equals(p.messageKey()) && node.equals(p.node())).findFirst()
                .map(p -> p.arguments().toArray(String[]::new)).orElse(new String[] {"<missing>"});
    }

    private static List<Node> replace(List<Node> nodes, Node... replacements) {
        for (Node replacement : replacements) {
            nodes.removeIf(node -> node.id().equals(replacement.id()));
            nodes.add(replacement);
        }
        return nodes;
    }
}
