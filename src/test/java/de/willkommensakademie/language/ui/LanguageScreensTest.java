package de.willkommensakademie.language.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.language.Cefr;
import de.willkommensakademie.language.Evidence;
import de.willkommensakademie.language.PoolEntry;
import org.junit.jupiter.api.Test;

/** A person enters a language and joins the pool; a colleague finds them; leaving takes them off at once. */
class LanguageScreensTest extends KaribuTest {

    @Test
    void entering_a_language_joining_the_pool_and_being_found_by_a_colleague() {
        login("o.kovalenko");
        UI.getCurrent().navigate("languages");
        @SuppressWarnings("unchecked")
        ComboBox<String> language = _get(ComboBox.class, spec -> spec.withLabel("Sprache"));
        assertThat(language.getListDataView().getItems().limit(3)).containsExactly("en", "tr", "ar");
        _setValue(language, "ru");
        @SuppressWarnings("unchecked")
        Select<Cefr> level = _get(Select.class, spec -> spec.withLabel("Stufe"));
        _setValue(level, Cefr.C1);
        @SuppressWarnings("unchecked")
        Select<Evidence> evidence = _get(Select.class, spec -> spec.withLabel("Nachweis"));
        _setValue(evidence, Evidence.SELF_ASSESSMENT);
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        assertThat(notificationTexts()).contains("Die Sprache wurde gespeichert.");
        assertThat(_find(H4.class).stream().map(H4::getText)).contains("Russisch: C1");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Ich bin im Sprachenpool")), true);

        login("j.weiss");
        UI.getCurrent().navigate("languages/pool");
        @SuppressWarnings("unchecked")
        ComboBox<String> wanted = _get(ComboBox.class, spec -> spec.withLabel("Sprache"));
        _setValue(wanted, "ru");
        @SuppressWarnings("unchecked")
        Grid<PoolEntry> grid = _get(Grid.class);
        assertThat(GridKt._findAll(grid)).extracting(PoolEntry::name).contains("Oleksandr Kovalenko");

        login("o.kovalenko");
        UI.getCurrent().navigate("languages");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Ich bin im Sprachenpool")), false);
        login("j.weiss");
        UI.getCurrent().navigate("languages/pool");
        @SuppressWarnings("unchecked")
        ComboBox<String> again = _get(ComboBox.class, spec -> spec.withLabel("Sprache"));
        _setValue(again, "ru");
        @SuppressWarnings("unchecked")
        Grid<PoolEntry> after = _get(Grid.class);
        assertThat(GridKt._findAll(after)).extracting(PoolEntry::name).doesNotContain("Oleksandr Kovalenko");
    }

    @Test
    void the_manager_verifies_a_level_and_runs_a_course_to_its_certificate_in_english() {
        login("m.kowalski");
        UI.getCurrent().navigate("languages");
        @SuppressWarnings("unchecked")
        ComboBox<String> course = _get(ComboBox.class, spec -> spec.withLabel("Sprache des Kurses"));
        _setValue(course, "ar");
        @SuppressWarnings("unchecked")
        Select<Cefr> target = _get(Select.class, spec -> spec.withLabel("Zielstufe"));
        _setValue(target, Cefr.A2);
        _click(_get(Button.class, spec -> spec.withText("Kurs beantragen")));
        assertThat(notificationTexts()).contains("Ihr Antrag ist bei Ihrer Führungskraft.");

        login("manager");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("languages/team");
        assertThat(_find(com.vaadin.flow.component.html.H3.class).stream().map(h -> h.getText()))
                .contains("Coverage of the priority languages", "Course requests", "Approved courses");
        assertThat(_get(com.vaadin.flow.component.html.NativeTable.class).getElement().getTextRecursively())
                .contains("Arabic", "B1+");
        _click(_find(Button.class, spec -> spec.withText("Approve")).getFirst());
        _setValue(_find(com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withLabel("Hours attended")).getFirst(), 30);
        @SuppressWarnings("unchecked")
        Select<Cefr> reached = _find(Select.class, spec -> spec.withLabel("Level reached")).getFirst();
        _setValue(reached, Cefr.A2);
        _click(_find(Button.class, spec -> spec.withText("Complete")).getFirst());
        assertThat(notificationTexts()).contains("The course is completed; a certificate has been issued.");
    }

    @Test
    void a_course_request_shows_the_manager_who_asked_and_when_and_other_managers_do_not_see_it() {
        login("s.mueller");
        UI.getCurrent().navigate("languages");
        @SuppressWarnings("unchecked")
        ComboBox<String> course = _get(ComboBox.class, spec -> spec.withLabel("Sprache des Kurses"));
        _setValue(course, "ru");
        @SuppressWarnings("unchecked")
        Select<Cefr> target = _get(Select.class, spec -> spec.withLabel("Zielstufe"));
        _setValue(target, Cefr.B1);
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withLabel("Begründung (optional)")), "Gespräche mit Geflüchteten aus der Ukraine");
        _click(_get(Button.class, spec -> spec.withText("Kurs beantragen")));

        String today = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.GERMAN).format(java.time.LocalDate.now());
        login("manager");
        UI.getCurrent().navigate("languages/team");
        assertThat(_find(H4.class).stream().map(H4::getText)).contains("Sophie Müller, beantragt am " + today);
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream().map(p -> p.getText()))
                .contains("Russisch B1 – Gespräche mit Geflüchteten aus der Ukraine");
        assertThat(_find(Button.class, spec -> spec.withText("Genehmigen")).stream().map(button -> button.getAriaLabel().orElse("")))
                .anyMatch(label -> label.contains("Sophie Müller"));

        login("c.wagner");
        UI.getCurrent().navigate("languages/team");
        assertThat(_find(H4.class).stream().map(H4::getText)).noneMatch(text -> text.startsWith("Sophie Müller"));
    }

    @Test
    void the_admin_sets_priority_languages_and_targets() {
        login("admin");
        UI.getCurrent().navigate("admin/languages");
        @SuppressWarnings("unchecked")
        ComboBox<String> language = _get(ComboBox.class, spec -> spec.withLabel("Sprache"));
        _setValue(language, "en");
        @SuppressWarnings("unchecked")
        ComboBox<de.willkommensakademie.people.JobRoleOption> role = _get(ComboBox.class,
                spec -> spec.withLabel("Funktion"));
        _setValue(role, role.getListDataView().getItems().filter(option -> option.code().equals("team-lead"))
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Select<Cefr> level = _get(Select.class, spec -> spec.withLabel("Stufe"));
        _setValue(level, Cefr.B2);
        _click(_get(Button.class, spec -> spec.withText("Ziel hinzufügen")));
        assertThat(_find(com.vaadin.flow.component.html.Span.class).stream().map(span -> span.getText()))
                .anyMatch(text -> text.startsWith("Teamleitung: Englisch B2"));
    }

    @Test
    void the_screens_speak_english_and_german() {
        login("e.kaya");
        UI.getCurrent().navigate("languages");
        @SuppressWarnings("unchecked")
        ComboBox<String> language = _get(ComboBox.class, spec -> spec.withLabel("Language"));
        _setValue(language, "tr");
        @SuppressWarnings("unchecked")
        Select<Cefr> level = _get(Select.class, spec -> spec.withLabel("Level"));
        _setValue(level, Cefr.C2);
        @SuppressWarnings("unchecked")
        Select<Evidence> evidence = _get(Select.class, spec -> spec.withLabel("Evidence"));
        _setValue(evidence, Evidence.FIRST_LANGUAGE);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(notificationTexts()).contains("The language has been saved.");
        assertThat(_find(H4.class).stream().map(H4::getText)).contains("Turkish: C2");
        UI.getCurrent().navigate("languages/pool");
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("Language pool");

        login("admin2");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("admin/languages");
        assertThat(_find(Button.class, spec -> spec.withText("Add target"))).hasSize(1);

        login("manager");
        UI.getCurrent().navigate("languages/team");
        assertThat(_find(com.vaadin.flow.component.html.H3.class).stream().map(h -> h.getText()))
                .contains("Abdeckung der Schwerpunktsprachen", "Stufen, die auf Bestätigung warten");
    }
}
