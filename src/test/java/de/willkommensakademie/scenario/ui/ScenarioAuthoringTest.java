package de.willkommensakademie.scenario.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.base.content.ContentSummary;
import de.willkommensakademie.base.ui.ErrorView;
import de.willkommensakademie.scenario.ScenarioLibrary;
import de.willkommensakademie.scenario.ScenarioProblem;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;

/**
 * A trainer builds a role-play from scratch in the editor: gaps block publishing, then it is published. The trainer
 * of the class's own authority, so the demo trainer's library stays as shipped.
 */
class ScenarioAuthoringTest extends KaribuTest {

    @Test
    void a_trainer_authors_a_small_scenario_from_scratch_and_publishes_it() {
        login(ownAuthority().trainer());
        UI.getCurrent().navigate("scenarios/library");
        _click(_get(Button.class, spec -> spec.withText("Neues Rollenspiel")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel (Deutsch)")), "Zz Die verlorene Karte");
        _click(_get(Dialog.class).getFooter().getElement().getChildren()
                .map(element -> element.getComponent().orElseThrow()).filter(Button.class::isInstance)
                .map(Button.class::cast).filter(button -> button.getText().equals("Speichern")).findFirst()
                .orElseThrow());
        assertThat(_get(H2.class).getText())
                .startsWith("Rollenspiel „zz-die-verlorene-karte“ bearbeiten");
        assertThat(graph()).contains("<svg", "arrival", "Gutes Ergebnis", "Schlechtes Ergebnis");

        // Publishing the empty skeleton is refused, and every gap names its node.
        _click(_get(Button.class, spec -> spec.withText("Veröffentlichen")));
        List<String> problems = _find(ListItem.class).stream()
                .map(ListItem::getText).filter(text -> text.startsWith("Knoten ")).toList();
        assertThat(problems).contains(
                "Knoten „arrival“: Der Text der Szene fehlt in der Hauptsprache (de).",
                "Knoten „good-end“: Die Auswertung des Endes fehlt in der Hauptsprache (de).");
        assertThat(status()).isEqualTo(ContentStatus.DRAFT);

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Ausgangslage (Deutsch)")),
                "Eine Frau hat ihre Aufenthaltskarte verloren.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Was geschieht / was die Person sagt (Deutsch)")),
                "„Meine Karte ist weg. Was nun?“");

        openNode("Entscheidung: reply");
        List<TextArea> choiceTexts = _find(TextArea.class,
                spec -> spec.withLabel("Was die Mitarbeiterin oder der Mitarbeiter sagt oder tut (Deutsch)"));
        List<TextArea> feedback = _find(TextArea.class, spec -> spec.withLabel("Rückmeldung (Deutsch)"));
        _setValue(choiceTexts.get(0), "„Wir stellen Ihnen heute eine Bescheinigung aus.“");
        _setValue(feedback.get(0), "Sie sichert den Aufenthaltsnachweis sofort.");
        _setValue(choiceTexts.get(1), "„Kommen Sie mit einer Verlustanzeige wieder.“");
        _setValue(feedback.get(1), "Ohne Nachweis kann sie nicht arbeiten gehen.");
        _setValue(_find(IntegerField.class,
                spec -> spec.withLabel("Punkte empathy")).getFirst(), 2);

        for (String ending : List.of("good-end", "poor-end")) {
            openNode("Ende: " + ending);
            _setValue(_get(TextField.class, spec -> spec.withLabel("Titel des Endes (Deutsch)")), "Ende " + ending);
            _setValue(_get(TextArea.class, spec -> spec.withLabel("Auswertung (Deutsch)")), "Warum: …");
        }
        assertThat(graph()).contains("<title>Gutes Ergebnis: Ende good-end</title>");

        _click(_get(Button.class, spec -> spec.withText("Prüfen")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Keine Probleme: Das Rollenspiel kann veröffentlicht werden.");
        _click(_get(Button.class, spec -> spec.withText("Veröffentlichen")));
        assertThat(notificationTexts()).contains("„Zz Die verlorene Karte“ wurde als neue Version veröffentlicht.");
        assertThat(status()).isEqualTo(ContentStatus.PUBLISHED);

        // The preview plays the draft from a chosen node; nothing is recorded.
        openNode("Entscheidung: reply");
        _click(_get(Button.class, spec -> spec.withText("Vorschau ab hier")));
        _click(_find(Button.class, spec -> spec.withClasses("scenario-choice")).getFirst());
        assertThat(_find(H3.class).stream().map(H3::getText)).contains("Rückmeldung zu Ihrer Antwort",
                "Ende: Ende good-end");
    }

    @Test
    void a_route_reads_the_declared_variables_and_a_choice_point_stops_at_five_choices() {
        login(ownAuthority().trainer());
        long id = context.getBean(ScenarioLibrary.class).create("Zz Weichen und Antworten", null);
        UI.getCurrent().navigate("scenarios/edit/" + id);

        _click(_get(Button.class, spec -> spec.withText("Variable hinzufügen")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name der Variable")), "geduld");
        _click(_find(Button.class).stream().filter(button -> button.getText().startsWith("Szene: arrival"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Weiche hinzufügen")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Bedingung (optional)")),
                "geduld >= 2 and vertrauen < 1");
        @SuppressWarnings("unchecked")
        ComboBox<String> to = _get(ComboBox.class, spec -> spec.withLabel("Führt zu"));
        _setValue(to, "good-end");
        _click(_get(Button.class, spec -> spec.withText("Prüfen")));
        List<String> problems = _find(ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(problems).contains("Knoten „arrival“: Die Variable „vertrauen“ ist nicht erklärt.")
                .doesNotContain("Knoten „arrival“: Die Variable „geduld“ ist nicht erklärt.");

        openNode("Entscheidung: reply");
        for (int more = 0; more < 3; more++) {
            _click(_get(Button.class, spec -> spec.withText("Antwort hinzufügen")));
        }
        assertThat(_find(H4.class)).extracting(H4::getText).filteredOn(text -> text.startsWith("Antwort "))
                .containsExactly("Antwort 1", "Antwort 2", "Antwort 3", "Antwort 4", "Antwort 5");
        assertThat(_get(Button.class, spec -> spec.withText("Antwort hinzufügen")).isEnabled()).isFalse();
        // The variable declared above offers its effect on each choice.
        assertThat(_find(IntegerField.class, spec -> spec.withLabel("Änderung geduld"))).hasSize(5);
    }

    @Test
    void a_shipped_role_play_opened_in_the_editor_by_url_says_to_duplicate_it_and_logs_no_error() {
        login(ownAuthority().trainer());
        ContentSummary shipped = context.getBean(ScenarioLibrary.class).find(null, null, Pageable.ofSize(50))
                .stream().filter(ContentSummary::library).findFirst().orElseThrow();
        ListAppender<ILoggingEvent> errors = new ListAppender<>();
        Logger errorLog = (Logger) LoggerFactory.getLogger(ErrorView.class);
        errors.start();
        errorLog.addAppender(errors);
        try {
            UI.getCurrent().navigate("scenarios/edit/" + shipped.id());
        } finally {
            errorLog.detachAppender(errors);
        }
        assertThat(errors.list).isEmpty();
        assertThat(_find(H1.class)).extracting(H1::getText).doesNotContain("Etwas ist schiefgelaufen");
        assertThat(_get(H2.class).getText()).endsWith("kann hier nicht bearbeitet werden");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Nur Rollenspiele der eigenen Behörde können geändert werden. "
                        + "Duplizieren Sie das Rollenspiel, um es anzupassen.");

        // The way out offered on the page: a copy of one's own, opened in the editor.
        _click(_get(Button.class, spec -> spec.withText("Duplizieren")));
        assertThat(_get(H2.class).getText()).startsWith("Rollenspiel „")
                .contains("-kopie");

        UI.getCurrent().navigate("scenarios/edit/987654");
        assertThat(_get(H1.class).getText()).isEqualTo("Seite nicht gefunden");
    }

    @Test
    void twine_code_the_import_could_not_translate_is_listed_by_passage_and_blocks_publishing_until_dealt_with()
            throws IOException {
        login(ownAuthority().trainer());
        ScenarioLibrary library = context.getBean(ScenarioLibrary.class);
        byte[] story;
        try (var in = getClass().getResourceAsStream("/twine/harlowe_lockandkey_variable.twee")) {
            story = in.readAllBytes();
        }
        ScenarioLibrary.TweeImport imported = library.importTwee(story, "en");
        assertThat(imported.untranslated()).extracting(problem -> problem.arguments().getFirst())
                .contains("Front Room", "Back Room");

        UI.getCurrent().navigate("scenarios/edit/" + imported.id());
        assertThat(_find(H3.class)).extracting(H3::getText).contains("Nicht übernommener Twine-Code");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).contains(
                "Knoten „back-room“: Aus der Twine-Passage „Back Room“ wurde „(link: \"Pick up key\")[(set: $key to "
                        + "true)You have a key.]“ entfernt: Rollenspiele können diesen Twine-Code nicht ausführen. "
                        + "Bilden Sie ihn im Editor nach (Variablen, Bedingungen, Texte) und markieren Sie die "
                        + "Importhinweise dann als erledigt.");
        _click(_get(Button.class, spec -> spec.withText("Veröffentlichen")));
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .anyMatch(text -> text.contains("Aus der Twine-Passage „Front Room“ wurde „(if: $key is true)"));
        assertThat(library.draft(imported.id()).status()).isEqualTo(ContentStatus.DRAFT);

        _click(_get(Button.class, spec -> spec.withText("Hinweise als erledigt markieren")));
        assertThat(_find(H3.class)).extracting(H3::getText).doesNotContain("Nicht übernommener Twine-Code");
        _click(_get(Button.class, spec -> spec.withText("Prüfen")));
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .noneMatch(text -> text.contains("Twine-Passage"))
                .anyMatch(text -> text.startsWith("Knoten „exit“"));
        assertThat(library.check(imported.id())).extracting(ScenarioProblem::messageKey)
                .doesNotContain("scenario.problem.twee-macro");
    }

    @Test
    void the_library_shows_too_few_plays_instead_of_counts() {
        login(ownAuthority().trainer());
        UI.getCurrent().navigate("scenarios/library");
        @SuppressWarnings("unchecked")
        Grid<ContentSummary> grid = _get(Grid.class);
        int row = 0;
        while (!GridKt._get(grid, row).key().equals("student-permit")) {
            row++;
        }
        grid.select(GridKt._get(grid, row));
        _click(_get(Button.class, spec -> spec.withText("Statistik")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Zahlen erscheinen erst, wenn mindestens 5"));
        assertThat(_find(NativeTable.class)).isEmpty();
    }

    /** The graph picture: an SVG element and what it says. */
    private static String graph() {
        Div picture = _get(Div.class, spec -> spec.withClasses("scenario-graph"));
        Html svg = (Html) picture.getChildren().findFirst().orElseThrow();
        return "<" + svg.getElement().getTag() + ">" + svg.getInnerHtml();
    }

    private static void openNode(String name) {
        _click(_get(Button.class, spec -> spec.withText(name)));
    }

    private ContentStatus status() {
        return context.getBean(ScenarioLibrary.class).find("Zz Die verlorene Karte", null, Pageable.ofSize(5))
                .getFirst().status();
    }
}
