package de.willkommensakademie.scenario.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.scenario.ScenarioContent;
import de.willkommensakademie.scenario.ScenarioEngine;
import de.willkommensakademie.scenario.ScenarioPaths;
import de.willkommensakademie.scenario.ScenarioPlay;
import de.willkommensakademie.scenario.ScenarioSummary;
import org.junit.jupiter.api.Test;

/**
 * A person plays a shipped role-play with buttons only, reaches an ending and writes a private reflection. The player
 * is the employee of the class's own authority, so the demo people's attempts stay as the demo left them.
 */
class ScenarioPlayerViewTest extends KaribuTest {

    @Test
    void an_employee_plays_a_role_play_to_an_ending_and_reflects() {
        login(ownAuthority().employee());
        UI.getCurrent().navigate("scenarios");
        _click(_find(Button.class, spec -> spec.withText("Starten")).getFirst());
        assertThat(_find(ListItem.class)).extracting(item -> item.getText())
                .anyMatch(text -> text.startsWith("Geduld: ") || text.startsWith("Vertrauen: "));

        for (int step = 0; step < 60 && headings().stream().noneMatch(h -> h.startsWith("Ende: ")); step++) {
            Optional<Button> next = _find(Button.class, spec -> spec.withText("Weiter")).stream().findFirst();
            if (next.isPresent()) {
                _click(next.get());
            } else {
                _click(_find(Button.class, spec -> spec.withClasses("scenario-choice")).getFirst());
            }
        }

        assertThat(headings()).anyMatch(h -> h.startsWith("Ende: "))
                .contains("Ihre Punkte im Vergleich zum besten Weg", "Ihr Verlauf");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Was nehmen Sie aus diesem Gespräch mit?")),
                "Früher nachfragen.");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        assertThat(notificationTexts()).contains("Ihre Reflexion wurde gespeichert.");

        UI.getCurrent().navigate("scenarios");
        assertThat(headings()).contains("Ihre bisherigen Versuche");
        _click(_find(Button.class, spec -> spec.withText("Ansehen")).getFirst());
        assertThat(headings()).anyMatch(h -> h.startsWith("Ende: "));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Was nehmen Sie aus diesem Gespräch mit?")).getValue())
                .isEqualTo("Früher nachfragen.");
    }

    @Test
    void a_shipped_role_play_can_be_played_to_each_of_its_endings_with_the_buttons() {
        login(ownAuthority().employee());
        ScenarioSummary angryClient = context.getBean(ScenarioPlay.class).playable().stream()
                .filter(summary -> summary.key().equals("angry-client")).findFirst().orElseThrow();
        ScenarioContent content = context.getBean(ScenarioPlay.class).start(angryClient.id()).content();
        List<ScenarioContent.Node> endings = content.nodes().stream()
                .filter(node -> node.type() == ScenarioContent.NodeType.ENDING).toList();
        assertThat(endings).hasSizeGreaterThanOrEqualTo(2);
        for (ScenarioContent.Node ending : endings) {
            UI.getCurrent().navigate("scenarios");
            _click(_get(Button.class, spec -> spec.withAttribute("aria-label",
                    "Starten: " + angryClient.title(Locale.GERMAN))));
            ScenarioEngine.State state = ScenarioEngine.start(content);
            for (Integer step : ScenarioPaths.to(content, ending.id())) {
                if (step == null) {
                    _click(_get(Button.class, spec -> spec.withText("Weiter")));
                    state = ScenarioEngine.proceed(content, state);
                } else {
                    String text = content.node(state.node()).orElseThrow().choices().get(step).text().get("de");
                    _click(_get(Button.class, spec -> spec.withClasses("scenario-choice").withText(text)));
                    state = ScenarioEngine.choose(content, state, step);
                }
            }
            assertThat(headings()).as(ending.id()).contains("Ende: " + ending.title().get("de"));
        }
    }

    private static List<String> headings() {
        return _find(H3.class).stream().map(H3::getText).toList();
    }
}
