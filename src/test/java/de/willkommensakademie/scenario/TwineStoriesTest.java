package de.willkommensakademie.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.base.Text;
import de.willkommensakademie.scenario.ScenarioContent.Choice;
import de.willkommensakademie.scenario.ScenarioContent.ImportNote;
import de.willkommensakademie.scenario.ScenarioContent.Node;
import de.willkommensakademie.scenario.ScenarioContent.Variable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real Twine 2 stories in Harlowe, SugarCube and Chapbook (from the Twine Cookbook, see
 * {@code src/test/resources/twine/README.md}): what the import translates into variables, conditions and effects,
 * what it lists with the passage name, and that no story-format code is left in any text a player sees.
 */
class TwineStoriesTest {

    @ParameterizedTest
    @ValueSource(strings = {"harlowe_lockandkey_variable", "sugarcube_lockandkey_variable",
            "chapbook_lockandkey_variable", "harlowe_player_statistics", "sugarcube_player_statistics"})
    void no_story_format_code_reaches_a_player_and_every_untranslated_macro_is_a_problem(String story)
            throws IOException {
        ScenarioContent scenario = TweeFormat.read(story(story), "story", "en");
        for (String text : playerTexts(scenario)) {
            assertThat(TwineMacros.find(text)).as(text).isEmpty();
            assertThat(text).doesNotContain("(set:", "(if:", "(else:)", "(link", "<<", ">>", "$", "{", "[if",
                    "[else]", "<span");
        }
        assertThat(scenario.importNotes()).isNotEmpty();
        List<ScenarioProblem> problems = ScenarioRules.check(scenario);
        for (ImportNote note : scenario.importNotes()) {
            assertThat(problems).anySatisfy(problem -> {
                assertThat(problem.messageKey()).isEqualTo("scenario.problem.twee-macro");
                assertThat(problem.node()).isEqualTo(note.node());
                assertThat(problem.arguments()).containsExactly(note.passage(), note.macro());
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"harlowe_lockandkey_variable", "sugarcube_lockandkey_variable",
            "chapbook_lockandkey_variable"})
    void the_key_becomes_a_variable_and_the_locked_door_a_condition_on_the_link(String story) throws IOException {
        ScenarioContent scenario = TweeFormat.read(story(story), "story", "en");
        assertThat(scenario.variables()).extracting(Variable::name, Variable::start, Variable::min, Variable::max)
                .containsExactly(tuple("key", 0, 0, 1));
        Node front = scenario.node("front-room").orElseThrow();
        assertThat(front.choices()).extracting(Choice::to, Choice::when)
                .containsExactly(tuple("exit", "key == 1"), tuple("back-room", null));
        assertThat(scenario.node("back-room").orElseThrow().text().get("en")).isEqualTo("Rooms:");
        // Picking up the key is a Twine link macro (or Chapbook insert) the scenario cannot run: listed by passage.
        assertThat(scenario.importNotes()).extracting(ImportNote::passage).contains("Back Room")
                .allMatch(passage -> List.of("Front Room", "Back Room", "Key").contains(passage));
    }

    @Test
    void harlowe_startup_and_sugarcube_story_init_give_the_start_values() throws IOException {
        for (String story : List.of("harlowe_player_statistics", "sugarcube_player_statistics")) {
            ScenarioContent scenario = TweeFormat.read(story(story), "story", "en");
            assertThat(scenario.variables()).as(story).extracting(Variable::name, Variable::start)
                    .containsExactly(tuple("empathy", 10), tuple("intelligence", 10), tuple("total_points", 5));
            assertThat(scenario.nodes()).as(story).extracting(Node::id).containsExactly("start", "test-stats");
            assertThat(scenario.importNotes()).as(story).extracting(ImportNote::passage)
                    .containsOnly("Start", "Test Stats");
            assertThat(scenario.node("start").orElseThrow().text().get("en")).as(story)
                    .endsWith("Empathy: 10\nIntelligence: 10\nRemaining Points: 5");
        }
    }

    @Test
    void the_harlowe_macros_of_the_report_become_variables_effects_and_conditions_or_problems() {
        String twee = """
                :: StoryData
                {"format": "Harlowe", "start": "Schalter"}

                :: Schalter
                (set: $geduld to 3)(set: $vertrauen to 1)
                Herr K. steht am Schalter.
                [[Zuhören->Ruhig]]
                [[Unterbrechen->Laut]]

                :: Laut
                (set: $geduld to it - 1)
                Er wird lauter. Vertrauen: (print: $vertrauen)
                (if: $geduld > 2)[ [[Noch einmal erklären->Ruhig]] ](else:)[ [[Hilfe holen->Ende]] ]
                [[Aufgeben->Ende]]

                :: Ruhig
                <<set $vertrauen += 2>>
                (if: $geduld > 2)[Er lächelt.]
                [[Weiter->Ende]]

                :: Ende [ending-good]
                ## Gelöst
                Fertig.
                """;
        ScenarioContent scenario = TweeFormat.read(twee, "story", "de");
        assertThat(scenario.variables()).extracting(Variable::name, Variable::start)
                .containsExactly(tuple("geduld", 3), tuple("vertrauen", 1));
        assertThat(scenario.node("schalter").orElseThrow().choices()).extracting(Choice::to, choice -> choice.effects())
                .containsExactly(tuple("ruhig", Map.of("vertrauen", 2)),
                        tuple("laut", Map.of("geduld", -1)));
        assertThat(scenario.node("laut").orElseThrow().choices()).extracting(Choice::to, Choice::when)
                .containsExactly(tuple("ruhig", "geduld > 2"), tuple("ende", "not ((geduld > 2))"),
                        tuple("ende", null));
        assertThat(scenario.node("laut").orElseThrow().text().get("de")).isEqualTo("Er wird lauter. Vertrauen:");
        assertThat(scenario.node("ruhig").orElseThrow().text().get("de")).isEqualTo("");
        assertThat(scenario.importNotes()).extracting(ImportNote::node, ImportNote::passage, ImportNote::macro)
                .containsExactly(tuple("laut", "Laut", "(print: $vertrauen)"),
                        tuple("ruhig", "Ruhig", "(if: $geduld > 2)[Er lächelt.]"));
        assertThat(Condition.parse("not ((geduld > 2))").holds(Map.of("geduld", 3))).isFalse();
    }

    @Test
    void macro_text_typed_into_any_text_blocks_publishing_but_prose_with_brackets_does_not() {
        ScenarioContent clean = TweeFormat.read("""
                :: Start
                Bitte warten (Hinweis: Nummer ziehen).
                [[Gut->Gut]]
                [[Schlecht->Schlecht]]

                :: Gut [ending-good]
                ## Gut
                Gut.

                :: Schlecht [ending-poor]
                ## Schlecht
                Schlecht.
                """, "story", "de");
        assertThat(clean.importNotes()).isEmpty();
        assertThat(ScenarioRules.check(clean)).extracting(ScenarioProblem::messageKey)
                .doesNotContain("scenario.problem.macro-text", "scenario.problem.twee-macro");
        Node start = clean.node("start").orElseThrow();
        Choice typed = new Choice(Text.of("Sie sagen (print: $geduld)", null), Text.of("<<set $x to 1>>", null),
                null, null, null, "gut");
        Node edited = new Node(start.id(), start.type(), start.text(), null, null,
                List.of(typed, start.choices().get(1)), null, null);
        List<Node> nodes = new ArrayList<>(clean.nodes());
        nodes.set(0, edited);
        ScenarioContent withMacros = new ScenarioContent(clean.key(), clean.cornerstone(), clean.competences(),
                clean.estimatedMinutes(), clean.defaultLanguage(), false, false, clean.title(), clean.brief(),
                clean.variables(), clean.start(), nodes);
        assertThat(ScenarioRules.check(withMacros)).filteredOn(problem -> problem.messageKey()
                .equals("scenario.problem.macro-text")).extracting(ScenarioProblem::node, ScenarioProblem::arguments)
                .containsExactlyInAnyOrder(tuple("start", List.of("(print:", "de")),
                        tuple("start", List.of("<<set $x to 1>>", "de")));
    }

    private static List<String> playerTexts(ScenarioContent scenario) {
        List<String> texts = new ArrayList<>();
        scenario.title().byLanguage().values().forEach(texts::add);
        for (Node node : scenario.nodes()) {
            texts.addAll(node.text().byLanguage().values());
            if (node.title() != null) {
                texts.addAll(node.title().byLanguage().values());
            }
            node.choices().forEach(choice -> texts.addAll(choice.text().byLanguage().values()));
        }
        return texts;
    }

    private static String story(String name) throws IOException {
        try (InputStream in = TwineStoriesTest.class.getResourceAsStream("/twine/" + name + ".twee")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
