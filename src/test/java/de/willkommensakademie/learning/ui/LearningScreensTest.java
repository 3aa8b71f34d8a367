package de.willkommensakademie.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.content.ContentSummary;
import de.willkommensakademie.base.ui.SafeMarkdown;
import de.willkommensakademie.learning.AssignmentTarget;
import de.willkommensakademie.learning.Assignments;
import de.willkommensakademie.learning.ModuleFixtures;
import de.willkommensakademie.learning.ModuleLibrary;
import de.willkommensakademie.learning.MyLearning;
import de.willkommensakademie.learning.ui.assign.AssignDialog;
import de.willkommensakademie.people.EmployeeOption;
import de.willkommensakademie.people.ManagedStaff;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The learner's and the trainer's screens, used by visible labels, in German and English. */
class LearningScreensTest extends KaribuTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ModuleLibrary library;
    @Autowired
    Assignments assignments;
    @Autowired
    ManagedStaff employees;
    @Autowired
    MyLearning myLearning;

    @Test
    void a_learner_starts_a_module_fails_the_quiz_then_passes_and_completes_it() {
        Person learner = ownAuthority().employee();
        long moduleId = assignTestModule("ui-flow-module", "Oberflächen-Test", learner);
        SignedIn.as(accounts, ownAuthority().trainer());
        assignments.assign(library.find("de-escalation-safety", null, PageRequest.of(0, 5)).getFirst().id(),
                AssignmentTarget.EMPLOYEE, learner.id(), true, null, null);
        login(learner);
        UI.getCurrent().navigate("learning");
        // a shipped module is assigned too
        assertThat(_find(H3.class)).extracting(H3::getText).contains("Oberflächen-Test", "Deeskalation und Sicherheit am Schalter")
                .anyMatch(text -> text.startsWith("Offen ("));
        _click(_get(Button.class, spec -> spec.withPredicate(b -> b.getAriaLabel().orElse("").equals("Starten: Oberflächen-Test"))));

        assertThat(_get(H2.class).getText()).isEqualTo("Oberflächen-Test");
        assertThat(headings()).contains("Lektion 1 von 2: Einführung");
        _click(_get(Button.class, spec -> spec.withText("Weiter")));
        assertThat(headings()).contains("Lektion 2 von 2: Test");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> question = _get(RadioButtonGroup.class, spec -> spec.withLabel("1. Zwei plus zwei?"));
        _setValue(question, 1);
        _click(_get(Button.class, spec -> spec.withText("Antworten absenden")));
        assertThat(paragraphs()).contains("Nicht richtig.", "Nein.")
                .anyMatch(text -> text.startsWith("Nicht bestanden: 0 % richtig"));

        _setValue(question, 0);
        _click(_get(Button.class, spec -> spec.withText("Antworten absenden")));
        assertThat(paragraphs()).contains("Richtig.", "Genau.")
                .anyMatch(text -> text.startsWith("Bestanden: 100 % richtig")
                        && text.endsWith("Sie haben das Modul abgeschlossen."));

        UI.getCurrent().navigate("learning");
        assertThat(_find(H3.class)).extracting(H3::getText).contains("Abgeschlossen (1)");
        assertThat(moduleId).isPositive();
    }

    @Test
    void feedback_that_opens_with_the_verdict_does_not_say_it_twice() {
        String manifest = ModuleFixtures.manifest("ui-verdict", "Rückmeldung ohne Doppel")
                .replace("feedback: {de: Genau., en: Right.}",
                        "feedback: {de: \"Richtig. Vier ist zwei plus zwei.\", en: \"Correct. Four.\"}");
        long moduleId = assignTestModule(manifest, ownAuthority().buddy());
        login(ownAuthority().buddy());
        UI.getCurrent().navigate("learning/module/" + moduleId);
        _click(_get(Button.class, spec -> spec.withText("Weiter")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> question = _get(RadioButtonGroup.class, spec -> spec.withLabel("1. Zwei plus zwei?"));

        _setValue(question, 1);
        _click(_get(Button.class, spec -> spec.withText("Antworten absenden")));
        assertThat(feedback()).as("the feedback \"Nein.\" does not state the verdict, so the player does")
                .containsExactly("Nicht richtig.", "Nein.");

        _setValue(question, 0);
        _click(_get(Button.class, spec -> spec.withText("Antworten absenden")));
        assertThat(feedback()).containsExactly("Richtig. Vier ist zwei plus zwei.");
    }

    @Test
    void a_completed_module_reopens_at_its_first_lesson_and_says_it_is_there_to_review() {
        String manifest = ModuleFixtures.manifest("ui-review", "Noch einmal lesen").replace("  - type: quiz",
                "  - type: text\n    title: {de: Vertiefung, en: More}\n"
                        + "    file: {de: lessons/intro.de.md, en: lessons/intro.en.md}\n  - type: quiz");
        // A person of their own: completing a module changes the counts other tests look at.
        long moduleId = assignTestModule(manifest, ownAuthority().outsider());
        login(ownAuthority().outsider());
        UI.getCurrent().navigate("learning/module/" + moduleId);
        _click(_get(Button.class, spec -> spec.withText("Weiter")));
        _click(_get(Button.class, spec -> spec.withText("Weiter")));
        assertThat(headings()).contains("Lektion 3 von 3: Test");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("1. Zwei plus zwei?")), 0);
        _click(_get(Button.class, spec -> spec.withText("Antworten absenden")));
        assertThat(paragraphs()).anyMatch(text -> text.endsWith("Sie haben das Modul abgeschlossen."));

        UI.getCurrent().navigate("learning");
        UI.getCurrent().navigate("learning/module/" + moduleId);
        assertThat(headings()).as("not the second lesson, the last one opened before the quiz")
                .contains("Lektion 1 von 3: Einführung");
        assertThat(paragraphs()).contains("Sie haben dieses Modul abgeschlossen. Es beginnt wieder bei Lektion 1, "
                + "damit Sie in Ruhe nachlesen oder alles noch einmal durchgehen können.");
    }

    @Test
    void the_module_editor_outline_numbers_each_lesson_once() {
        long moduleId = assignTestModule(ModuleFixtures.manifest("ui-outline", "Gliederung"), ownAuthority().employee());
        login(ownAuthority().trainer());
        UI.getCurrent().navigate("modules/edit/" + moduleId);

        OrderedList outline = _get(OrderedList.class, spec -> spec.withClasses("editor-lessons"));
        List<String> lessons = _find(outline, Button.class).stream()
                .filter(button -> button.getAriaLabel().isEmpty()).map(Button::getText).toList();
        // The ordered list shows "1." itself; the text used to repeat it ("1. 1. Text: Einführung").
        assertThat(lessons).containsExactly("Text: Einführung", "Test: Test");
        assertThat(_find(outline, Button.class)).extracting(button -> button.getAriaLabel().orElse(""))
                .contains("Nach unten: 1. Text: Einführung");
    }

    @Test
    void a_trainer_builds_a_quiz_in_the_module_editor_and_saves_twice_in_a_row() {
        long moduleId = assignTestModule(ModuleFixtures.manifest("ui-quiz-editor", "Testaufbau"),
                ownAuthority().employee());
        login(ownAuthority().trainer());
        UI.getCurrent().navigate("modules/edit/" + moduleId);

        _click(_get(Button.class, spec -> spec.withText("+ Test")));
        // A new quiz starts with one question of two answers.
        assertThat(questions()).containsExactly("Frage 1");
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Antwort (Deutsch)"))).hasSize(2);
        _click(_get(Button.class, spec -> spec.withText("Antwort hinzufügen")));
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Antwort (Deutsch)"))).hasSize(3);
        for (int more = 0; more < 5; more++) {
            _click(_get(Button.class, spec -> spec.withText("Antwort hinzufügen")));
        }
        // Eight answers are the most a question may have (ModuleRules.MAX_ANSWERS): the button stops there.
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Antwort (Deutsch)"))).hasSize(8);
        assertThat(_get(Button.class, spec -> spec.withText("Antwort hinzufügen")).isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withText("Frage hinzufügen")));
        assertThat(questions()).containsExactly("Frage 1", "Frage 2");
        _click(_find(Button.class, spec -> spec.withText("Entfernen")).stream()
                .filter(button -> button.getAriaLabel().orElse("").equals("Entfernen: Frage 1")).findFirst()
                .orElseThrow());
        assertThat(questions()).containsExactly("Frage 1");
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Antwort (Deutsch)"))).hasSize(2);

        // The second save passes the version the first one answered, so it is not taken for someone else's.
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        assertThat(notificationTexts()).filteredOn("Entwurf gespeichert."::equals).hasSize(2);
        var quiz = library.draft(moduleId).content().lessons().getLast().quiz();
        assertThat(quiz.questions()).hasSize(1);
        assertThat(quiz.questions().getFirst().answers()).hasSize(2);
    }

    private static List<String> questions() {
        return _find(H4.class).stream().map(H4::getText).filter(text -> text.startsWith("Frage ")).toList();
    }

    @Test
    void an_english_speaking_learner_sees_the_shipped_module_in_english() {
        // Team Ost's employee prefers English: her screens follow that preference, not the authority's German
        Person learner = ownAuthority().englishSpeaker();
        SignedIn.as(accounts, ownAuthority().admin());
        ContentSummary shipped = library.find("welcome-authority", null, PageRequest.of(0, 5)).getFirst();
        assertThat(employees.assignableEmployees()).extracting(EmployeeOption::id).contains(learner.id());
        assignments.assign(shipped.id(), AssignmentTarget.EMPLOYEE, learner.id(), false, null, null);
        SignedIn.nobody();

        login(learner);
        UI.getCurrent().navigate("learning");
        assertThat(_find(H3.class)).extracting(H3::getText).contains("From regulator to welcome authority")
                .anyMatch(text -> text.startsWith("To do ("));
        _click(_get(Button.class, spec -> spec.withPredicate(b -> b.getAriaLabel().orElse("").equals("Start: From regulator to welcome authority"))));
        assertThat(headings()).anyMatch(text -> text.startsWith("Lesson 1 of 5: "));
        assertThat(_get(Button.class, spec -> spec.withText("Next"))).isNotNull();
    }

    @Test
    void a_trainer_creates_a_module_sees_what_blocks_publishing_fixes_it_and_publishes() {
        login(ownAuthority().trainer());
        UI.getCurrent().navigate("modules");
        _click(_get(Button.class, spec -> spec.withText("Neues Lernmodul")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel (Deutsch)")), "Gespräche mit Kindern vermeiden");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel (Englisch)")), "Avoiding children as interpreters");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(_get(H2.class).getText()).isEqualTo("Modul bearbeiten: avoiding-children-as-interpreters");
        _click(_get(Button.class, spec -> spec.withText("Veröffentlichen")));
        assertThat(problems()).contains("Die Zusammenfassung fehlt in der Hauptsprache (de).",
                "Es fehlt mindestens ein Lernziel in der Hauptsprache (de).",
                "Lektion 1: Der Lektionstext fehlt in der Hauptsprache (de).");

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Zusammenfassung (Deutsch)")), "Warum nie Kinder.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Lernziele (Deutsch)")), "Alternativen kennen");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Text (Markdown) (Deutsch)")),
                "## Warum\nKinder tragen sonst die Last <script>alert(1)</script>.");
        _click(_get(Button.class, spec -> spec.withText("Veröffentlichen")));

        assertThat(problems()).containsExactly("Keine Probleme: Das Modul kann veröffentlicht werden.");
        assertThat(notificationTexts()).anyMatch(text -> text.contains("wurde als neue Version veröffentlicht"));
        ContentSummary published = library.find("avoiding-children", null, PageRequest.of(0, 5)).getFirst();
        assertThat(published.publishedVersion()).isEqualTo(1);
        String html = SafeMarkdown.toHtml(
                library.preview(published.id()).content().lessons().getFirst().body().get("de"));
        assertThat(html).doesNotContain("<script").contains("<h2>Warum</h2>");
    }

    @Test
    void a_trainer_imports_a_module_file_and_a_faulty_file_imports_nothing_and_names_its_problem() {
        login(ownAuthority().trainer());
        UI.getCurrent().navigate("modules");
        _click(_get(Button.class, spec -> spec.withText("Modul importieren (ZIP)")));

        UploadKt._upload(_get(Upload.class), "kaputt.zip", "application/zip",
                ModuleFixtures.zip(ModuleFixtures.manifest("ui-import", "Importiert").replace("passPercent: 50",
                        "passPercent: 150")));
        MockVaadin.runUIQueue();
        assertThat(_get(H3.class, spec -> spec.withText("Die Datei hat 1 Fehler; es wurde nichts importiert.")))
                .isNotNull();
        assertThat(_find(_get(Dialog.class), ListItem.class)).hasSize(1);
        assertThat(library.find("ui-import", null, PageRequest.of(0, 5))).isEmpty();

        UploadKt._upload(_get(Upload.class), "modul.zip", "application/zip",
                ModuleFixtures.zip(ModuleFixtures.manifest("ui-import", "Importiert")));
        MockVaadin.runUIQueue();
        assertThat(_get(Paragraph.class, spec -> spec.withText("Das Modul wurde importiert und veröffentlicht.")))
                .isNotNull();
        assertThat(library.find("ui-import", null, PageRequest.of(0, 5))).singleElement()
                .satisfies(module -> assertThat(module.publishedVersion()).isEqualTo(1));
    }

    @Test
    void a_trainer_assigns_a_team_days_after_the_assignment_and_the_dialog_says_how_the_days_count() {
        SignedIn.as(accounts, ownAuthority().trainer());
        assertThat(library.importZip(ModuleFixtures.zip(ModuleFixtures.manifest("ui-assign-days", "Zuweisungstage"))))
                .isEmpty();
        long moduleId = library.find("ui-assign-days", null, PageRequest.of(0, 5)).getFirst().id();
        login(ownAuthority().trainer());
        UI.getCurrent().navigate("modules");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), "Zuweisungstage");
        @SuppressWarnings("unchecked")
        Grid<ContentSummary> grid = _get(Grid.class);
        grid.select(GridKt._get(grid, 0));
        _click(_get(Button.class, spec -> spec.withText("Zuweisen")));

        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, RadioButtonGroup.class, spec -> spec.withLabel("Zuweisen an")), AssignmentTarget.TEAM);
        @SuppressWarnings("unchecked")
        ComboBox<AssignDialog.Choice> who = _get(dialog, ComboBox.class, spec -> spec.withLabel("Wer"));
        _setValue(who, who.getListDataView().getItems().filter(choice -> choice.label().equals(TestAuthority.TEAM))
                .findFirst().orElseThrow());
        assertThat(_get(dialog, IntegerField.class, spec -> spec.withLabel("Tage nach Eintritt")).getHelperText())
                .as("the dialog says that people in post count from today")
                .isEqualTo("Gezählt ab dem Eintrittsdatum – bei Personen, die schon vor heute angefangen haben, ab heute.");
        _setValue(_get(dialog, RadioButtonGroup.class, spec -> spec.withLabel("Fälligkeit")),
                AssignDialog.Due.AFTER_ASSIGNMENT);
        IntegerField days = _get(dialog, IntegerField.class, spec -> spec.withLabel("Tage nach der Zuweisung"));
        assertThat(days.getHelperText()).isEqualTo("Gezählt ab heute, für alle gleich.");
        _setValue(days, 5);
        _click(_get(dialog, Button.class, spec -> spec.withText("Zuweisen")));

        assertThat(notificationTexts()).anyMatch(text -> text.contains("ist jetzt " + TestAuthority.TEAM));
        SignedIn.as(accounts, ownAuthority().manager());
        assertThat(myLearning.overview()).filteredOn(item -> !item.isRolePlay() && item.contentId() == moduleId).singleElement()
                .satisfies(item -> assertThat(item.dueDate()).isEqualTo(LocalDate.now().plusDays(5)));
    }

    @Test
    void an_archived_module_is_not_opened_for_editing_and_saving_one_is_refused_with_a_translated_message() {
        SignedIn.as(accounts, ownAuthority().trainer());
        assertThat(library.importZip(ModuleFixtures.zip(ModuleFixtures.manifest("ui-archived", "Archivierbar"))))
                .isEmpty();
        long moduleId = library.find("ui-archived", null, PageRequest.of(0, 5)).getFirst().id();
        SignedIn.nobody();

        login(ownAuthority().trainer());
        UI.getCurrent().navigate("modules/edit/" + moduleId);
        Button save = _get(Button.class, spec -> spec.withText("Speichern"));
        library.archive(moduleId, library.draft(moduleId).version());
        clickThroughErrorHandler(save);
        assertThat(notificationTexts()).as("another tab archived it meanwhile")
                .contains("Das Modul „ui-archived“ ist archiviert und kann nicht mehr geändert werden.");

        UI.getCurrent().navigate("modules/edit/" + moduleId);
        assertThat(_get(H2.class).getText()).isEqualTo("„Archivierbar“ kann hier nicht bearbeitet werden");
        assertThat(paragraphs())
                .contains("Das Modul „ui-archived“ ist archiviert und kann nicht mehr geändert werden.");
        assertThat(_find(Button.class, spec -> spec.withText("Speichern"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Veröffentlichen"))).isEmpty();
    }

    private long assignTestModule(String key, String title, Person learner) {
        return assignTestModule(ModuleFixtures.manifest(key, title), learner);
    }

    /** Imported and assigned by the trainer of the class's own authority, so the demo's library and matrices stay. */
    private long assignTestModule(String manifest, Person learner) {
        String key = manifest.lines().filter(line -> line.startsWith("key: ")).findFirst().orElseThrow().substring(5);
        SignedIn.as(accounts, ownAuthority().trainer());
        assertThat(library.importZip(ModuleFixtures.zip(manifest))).isEmpty();
        long moduleId = library.find(key, null, PageRequest.of(0, 5)).getFirst().id();
        assignments.assign(moduleId, AssignmentTarget.EMPLOYEE, learner.id(), true, null, null);
        SignedIn.nobody();
        return moduleId;
    }

    private static List<String> headings() {
        return _find(H3.class).stream().map(H3::getText).toList();
    }

    private static List<String> feedback() {
        return _find(Div.class, spec -> spec.withClasses("quiz-feedback")).stream()
                .flatMap(area -> _find(area, Paragraph.class).stream()).map(Paragraph::getText).toList();
    }

    private static List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    private static List<String> problems() {
        Div area = _get(Div.class, spec -> spec.withClasses("editor-problems"));
        List<String> items = _find(area, ListItem.class).stream().map(item -> item.getElement().getTextRecursively())
                .toList();
        return items.isEmpty() ? _find(area, Paragraph.class).stream().map(Paragraph::getText).toList() : items;
    }
}
