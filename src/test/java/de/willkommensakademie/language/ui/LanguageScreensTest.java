package de.willkommensakademie.language.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.language.Cefr;
import de.willkommensakademie.language.Evidence;
import de.willkommensakademie.language.PoolEntry;
import de.willkommensakademie.people.JobRoleOption;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.Test;

/**
 * A person enters a language and joins the pool; a colleague finds them; leaving takes them off at once. Levels,
 * courses and targets are entered by people of the class's own authority; the last three tests read the screens the
 * demo data fills.
 */
class LanguageScreensTest extends KaribuTest {

    @Test
    void entering_a_language_joining_the_pool_and_being_found_by_a_colleague() {
        Person speaker = ownAuthority().outsider();
        Person colleague = ownAuthority().employee();
        login(speaker);
        openMyLanguages();
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

        login(colleague);
        UI.getCurrent().navigate("languages/pool");
        @SuppressWarnings("unchecked")
        ComboBox<String> wanted = _get(ComboBox.class, spec -> spec.withLabel("Sprache"));
        _setValue(wanted, "ru");
        @SuppressWarnings("unchecked")
        Grid<PoolEntry> grid = _get(Grid.class);
        assertThat(GridKt._findAll(grid)).extracting(PoolEntry::name).containsExactly(speaker.fullName());

        login(speaker);
        openMyLanguages();
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Ich bin im Sprachenpool")), false);
        login(colleague);
        UI.getCurrent().navigate("languages/pool");
        @SuppressWarnings("unchecked")
        ComboBox<String> again = _get(ComboBox.class, spec -> spec.withLabel("Sprache"));
        _setValue(again, "ru");
        @SuppressWarnings("unchecked")
        Grid<PoolEntry> after = _get(Grid.class);
        assertThat(GridKt._findAll(after)).extracting(PoolEntry::name).doesNotContain(speaker.fullName());
    }

    @Test
    void the_manager_verifies_a_level_and_runs_a_course_to_its_certificate_in_english() {
        Person learner = ownAuthority().buddy();
        login(learner);
        openMyLanguages();
        openTab("Ihre Sprachkurse");
        @SuppressWarnings("unchecked")
        ComboBox<String> course = _get(ComboBox.class, spec -> spec.withLabel("Sprache des Kurses"));
        _setValue(course, "ar");
        @SuppressWarnings("unchecked")
        Select<Cefr> target = _get(Select.class, spec -> spec.withLabel("Zielstufe"));
        _setValue(target, Cefr.A2);
        _click(_get(Button.class, spec -> spec.withText("Kurs beantragen")));
        assertThat(notificationTexts()).contains("Ihr Antrag ist bei Ihrer Führungskraft.");

        login(ownAuthority().manager());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        openTeamLanguages("");
        assertThat(_find(H3.class).stream().map(h -> h.getText()))
                .contains("Coverage of the priority languages");
        assertThat(_get(NativeTable.class).getElement().getTextRecursively())
                .contains("Arabic", "B1+");
        openTab("Course requests");
        _click(_get(Button.class, spec -> spec.withPredicate(button -> button.getAriaLabel().orElse("")
                .startsWith("Approve: " + learner.fullName()))));
        openTab("Courses");
        ListItem marek = _get(ListItem.class, spec -> spec.withPredicate(item -> item.getChildren()
                .anyMatch(child -> child instanceof H4 h4 && h4.getText().equals(learner.fullName()))));
        _setValue(_get(marek, IntegerField.class,
                spec -> spec.withLabel("Hours attended")), 30);
        @SuppressWarnings("unchecked")
        Select<Cefr> reached = _get(marek, Select.class, spec -> spec.withLabel("Level reached"));
        _setValue(reached, Cefr.A2);
        _click(_get(marek, Button.class, spec -> spec.withText("Complete")));
        assertThat(notificationTexts()).contains("The course is completed; a certificate has been issued.");
    }

    @Test
    void a_course_request_shows_the_manager_who_asked_and_when_and_other_managers_do_not_see_it() {
        String requester = ownAuthority().employee().fullName();
        login(ownAuthority().employee());
        openMyLanguages();
        openTab("Ihre Sprachkurse");
        @SuppressWarnings("unchecked")
        ComboBox<String> course = _get(ComboBox.class, spec -> spec.withLabel("Sprache des Kurses"));
        _setValue(course, "ru");
        @SuppressWarnings("unchecked")
        Select<Cefr> target = _get(Select.class, spec -> spec.withLabel("Zielstufe"));
        _setValue(target, Cefr.B1);
        _setValue(_get(TextArea.class,
                spec -> spec.withLabel("Begründung (optional)")), "Gespräche mit Geflüchteten aus der Ukraine");
        _click(_get(Button.class, spec -> spec.withText("Kurs beantragen")));

        String today = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.GERMAN).format(LocalDate.now());
        login(ownAuthority().manager());
        openTeamLanguages("");
        openTab("Kursanträge");
        assertThat(_find(H4.class).stream().map(H4::getText)).contains(requester + ", beantragt am " + today);
        assertThat(_find(Paragraph.class).stream().map(p -> p.getText()))
                .contains("Russisch B1 – Gespräche mit Geflüchteten aus der Ukraine");
        assertThat(_find(Button.class, spec -> spec.withText("Genehmigen")).stream().map(button -> button.getAriaLabel().orElse("")))
                .anyMatch(label -> label.contains(requester));
        Button decline = _find(Button.class, spec -> spec.withText("Ablehnen")).stream()
                .filter(button -> button.getAriaLabel().orElse("").contains(requester)).findFirst().orElseThrow();
        clickThroughErrorHandler(decline);
        assertThat(notificationTexts()).as("the course refuses a decline without a reason, in the manager's words")
                .containsExactly("Bitte geben Sie einen Grund für die Ablehnung an.");
        openTeamLanguages("requests");
        assertThat(_find(H4.class).stream().map(H4::getText)).as("the request stays open")
                .contains(requester + ", beantragt am " + today);

        login(ownAuthority().secondManager());
        openTeamLanguages("requests");
        assertThat(_find(H4.class).stream().map(H4::getText)).as("another team's manager")
                .noneMatch(text -> text.startsWith(requester));
    }

    @Test
    void the_managers_notice_of_a_course_request_opens_the_course_requests_tab() {
        Person requester = ownAuthority().employee();
        login(requester);
        openMyLanguages();
        openTab("Ihre Sprachkurse");
        @SuppressWarnings("unchecked")
        ComboBox<String> course = _get(ComboBox.class, spec -> spec.withLabel("Sprache des Kurses"));
        _setValue(course, "uk");
        @SuppressWarnings("unchecked")
        Select<Cefr> target = _get(Select.class, spec -> spec.withLabel("Zielstufe"));
        _setValue(target, Cefr.A2);
        _click(_get(Button.class, spec -> spec.withText("Kurs beantragen")));

        login(ownAuthority().manager());
        UI.getCurrent().navigate("notices");
        _click(_find(Button.class, spec -> spec.withText("Öffnen")).stream()
                .filter(button -> button.getAriaLabel().orElse("")
                        .contains(requester.fullName() + " beantragt einen Kurs Ukrainisch"))
                .findFirst().orElseThrow());
        MockVaadin.clientRoundtrip(false);

        assertThat(_get(TabSheet.class).getSelectedTab().getLabel()).startsWith("Kursanträge");
        assertThat(_find(H4.class).stream().map(H4::getText))
                .anyMatch(text -> text.startsWith(requester.fullName() + ", beantragt am"));
    }

    @Test
    void the_admin_sets_priority_languages_and_targets() {
        login(ownAuthority().admin());
        UI.getCurrent().navigate("admin/languages");
        @SuppressWarnings("unchecked")
        ComboBox<String> language = _get(ComboBox.class, spec -> spec.withLabel("Sprache"));
        _setValue(language, "ar");
        @SuppressWarnings("unchecked")
        ComboBox<JobRoleOption> role = _get(ComboBox.class,
                spec -> spec.withLabel("Funktion"));
        _setValue(role, role.getListDataView().getItems().filter(option -> option.code().equals("team-lead"))
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Select<Cefr> level = _get(Select.class, spec -> spec.withLabel("Stufe"));
        _setValue(level, Cefr.A2);
        _click(_get(Button.class, spec -> spec.withText("Ziel hinzufügen")));
        assertThat(_find(Span.class).stream().map(span -> span.getText()))
                .anyMatch(text -> text.startsWith("Teamleitung: Arabisch A2"));

        _setValue(level, Cefr.B1);
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Ziel hinzufügen")));
        assertThat(notificationTexts()).as("a second target for the same role and language is refused")
                .contains("Für diese Tätigkeit, Sprache und Fertigkeit gibt es schon ein Ziel. Entfernen Sie es "
                        + "zuerst, um die Stufe zu ändern.");
    }

    @Test
    void the_screens_speak_english_and_german() {
        // she prefers English: the screens follow her
        login(ownAuthority().englishSpeaker());
        openMyLanguages();
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
        assertThat(_get(H2.class).getText()).isEqualTo("Language pool");

        login(TestAuthority.of(context, getClass(), "b").admin());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("admin/languages");
        assertThat(_find(Button.class, spec -> spec.withText("Add target"))).hasSize(1);

        login(ownAuthority().manager());
        openTeamLanguages("");
        assertThat(_find(H3.class).stream().map(h -> h.getText()))
                .contains("Abdeckung der Schwerpunktsprachen");
        openTab("Zu bestätigen");
        assertThat(_find(H3.class).stream().map(h -> h.getText()))
                .containsExactly("Stufen, die auf Bestätigung warten");
    }

    @Test
    void the_team_languages_page_is_split_into_tabs_and_each_tab_shows_only_its_own_content() {
        login("manager");
        openTeamLanguages("");
        assertThat(_find(Tab.class).stream().map(Tab::getLabel)).satisfiesExactly(
                label -> assertThat(label).isEqualTo("Abdeckung"),
                label -> assertThat(label).isEqualTo("Offene Ziele"),
                label -> assertThat(label).matches("Zu bestätigen \\(\\d+\\)"),
                label -> assertThat(label).matches("Kursanträge \\(\\d+\\)"),
                label -> assertThat(label).isEqualTo("Kurse"),
                label -> assertThat(label).isEqualTo("Stunden und Kosten"));
        assertThat(headings()).containsExactly("Abdeckung der Schwerpunktsprachen");
        assertThat(_find(NativeTable.class)).hasSize(1);

        openTab("Offene Ziele");
        assertThat(headings()).containsExactly("Noch nicht erreichte Ziele (bestätigte Stufen)");
        openTab("Kursanträge");
        assertThat(headings()).containsExactly("Kursanträge");
        openTab("Kurse");
        assertThat(headings()).containsExactly("Genehmigte Kurse", "Abgeschlossene, abgebrochene und abgelehnte Kurse");
        openTab("Stunden und Kosten");
        assertThat(headings()).containsExactly("Stunden und Kosten je Jahr");
        assertThat(_find(Anchor.class).stream().map(anchor -> anchor.getText()))
                .contains("Kurse als CSV", "Kurse als XLSX");

        openTeamLanguages("pending");
        assertThat(headings()).as("a link can open a tab").containsExactly("Stufen, die auf Bestätigung warten");
    }

    @Test
    void the_demo_data_fills_every_language_screen_and_empty_states_say_what_to_do() {
        login("employee");
        openMyLanguages();
        assertThat(_find(H4.class).stream().map(H4::getText)).contains("Englisch: B1");
        openTab("Ziele Ihrer Tätigkeit");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains(
                "Englisch, Sprechen: Ziel B1, Ihre Stufe B1 – erreicht");
        openTab("Ihre Sprachkurse");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains(
                "Noch keine Sprachkurse. Mit „Kurs beantragen“ unten bitten Sie Ihre Führungskraft um einen.");

        login("j.weiss");
        UI.getCurrent().navigate("languages/pool");
        @SuppressWarnings("unchecked")
        Grid<PoolEntry> grid = _get(Grid.class);
        assertThat(GridKt._findAll(grid)).as("the whole pool before a language is picked").extracting(PoolEntry::name)
                .contains("Nadia Haddad", "Hüseyin Öztürk", "Ahmad Rahimi");
        assertThat(poolStatus()).startsWith("Der ganze Sprachenpool");
        @SuppressWarnings("unchecked")
        ComboBox<String> language = _get(ComboBox.class, spec -> spec.withLabel("Sprache"));
        _setValue(language, "sq");
        assertThat(poolStatus()).startsWith("Im Sprachenpool ist niemand mit Albanisch auf dieser Stufe.");

        login("manager");
        openTeamLanguages("requests");
        assertThat(_find(H4.class).stream().map(H4::getText)).anyMatch(text -> text.startsWith("Jürgen Weiß, beantragt am"));
        openTab("Kurse");
        assertThat(_find(H4.class).stream().map(H4::getText)).contains("Dragan Petrović", "Ahmad Rahimi");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .anyMatch(text -> text.startsWith("Sabine Fischer: Englisch C1") && text.contains("erreicht C1"));
        openTab("Stunden und Kosten");
        String costs = _get(NativeTable.class).getElement().getTextRecursively();
        assertThat(costs).contains("Jahr (Kursbeginn)", "€");

        login("c.wagner");
        openTeamLanguages("pending");
        assertThat(paragraphs()).contains("Keine Stufen warten auf Ihre Bestätigung. Sobald jemand aus Ihren Teams "
                + "unter „Meine Sprachen“ eine Stufe einträgt oder ändert, erscheint sie hier.");
        openTab("Kursanträge");
        assertThat(paragraphs()).contains("Keine offenen Kursanträge. Ihre Teammitglieder beantragen Kurse unter "
                + "„Meine Sprachen“ mit „Kurs beantragen“.");

        login("admin");
        UI.getCurrent().navigate("admin/languages");
        assertThat(_find(Span.class).stream().map(span -> span.getText()))
                .anyMatch(text -> text.startsWith("Frontoffice (Servicepoint): Englisch B1 (Sprechen)"));
    }

    @Test
    void my_languages_has_tabs_for_levels_targets_and_courses() {
        login("employee");
        openMyLanguages();
        assertThat(_find(Tab.class).stream().map(Tab::getLabel)).containsExactly("Ihre Sprachen",
                "Ziele Ihrer Tätigkeit", "Ihre Sprachkurse");
        assertThat(_find(ComboBox.class, spec -> spec.withLabel("Sprache"))).hasSize(1);
        assertThat(_find(ComboBox.class, spec -> spec.withLabel("Sprache des Kurses"))).as("not built yet").isEmpty();
        openTab("Ihre Sprachkurse");
        assertThat(_find(ComboBox.class, spec -> spec.withLabel("Sprache des Kurses"))).hasSize(1);
        assertThat(_find(H3.class).stream().map(h -> h.getText()))
                .contains("Kurs beantragen");
    }

    private static void openMyLanguages() {
        UI.getCurrent().navigate("languages");
        MockVaadin.clientRoundtrip(false);
    }

    private static String poolStatus() {
        return _get(Paragraph.class, spec -> spec.withClasses("pool-status")).getText();
    }

    private static List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(p -> p.getText()).toList();
    }

    private static List<String> headings() {
        return _find(H3.class).stream().map(h -> h.getText()).toList();
    }

    private static void openTeamLanguages(String tab) {
        UI.getCurrent().navigate("languages/team", tab.isEmpty() ? QueryParameters.empty()
                : QueryParameters.of("tab", tab));
        MockVaadin.clientRoundtrip(false);
    }

    /** Selects a tab by the start of its label (some labels end with a count), as a click would. */
    private static void openTab(String label) {
        Tab tab = _get(Tab.class, spec -> spec.withPredicate(candidate -> candidate.getLabel().equals(label)
                || candidate.getLabel().startsWith(label + " (")));
        _get(TabSheet.class).setSelectedTab(tab);
        MockVaadin.clientRoundtrip(false);
    }
}
