package de.willkommensakademie.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.visibility.VisibilityPreset;
import de.willkommensakademie.visibility.VisibilitySettings;
import org.junit.jupiter.api.Test;
/**
 * The preset page for administrators, the "what does my manager see" page for everyone, and the way there from the
 * learning page, in German and English. Each test that changes a preset does so in an authority of its own (the
 * class's own and its further ones), so none is put back; the demo authorities are only read.
 */
class VisibilityScreensTest extends KaribuTest {

    /** A further authority of this class whose preset no test changes. */
    private TestAuthority untouched() {
        return TestAuthority.of(context, getClass(), "b");
    }

    @Test
    void an_admin_chooses_a_preset_reads_what_it_means_and_confirms_that_everyone_is_notified() {
        Person admin = ownAuthority().admin();
        login(admin);
        UI.getCurrent().navigate("admin/visibility");
        assertThat(_get(H2.class).getText()).isEqualTo("Mitbestimmung und Sichtbarkeit");
        RadioButtonGroup<VisibilityPreset> choice = presetChoice("Einstellung für Ihre Behörde");
        assertThat(choice.getValue()).isEqualTo(VisibilityPreset.STATUS_PER_PERSON);
        assertThat(table().getCaptionText())
                .isEqualTo("Wer was über eine Person sieht, bei der Einstellung „Status je Person“");
        assertThat(headers(table())).containsExactly("Angaben", "Führungskraft", "Administration", "Lehrende",
                "Die Person selbst");
        assertThat(row(table(), "Punktzahlen und Ergebnisse")).containsExactly("Punktzahlen und Ergebnisse",
                "Nichts", "Nichts", "Nur Anzahlen, ab 5 Personen", "Alles (eigene Angaben)");
        assertThat(paragraphs()).anyMatch(text -> text.startsWith("Was niemand sieht: Niemand außer der Person"));

        _setValue(choice, VisibilityPreset.TOTALS_ONLY);
        assertThat(table().getCaptionText()).isEqualTo("Wer was über eine Person sieht, bei der Einstellung „Nur Summen“");
        assertThat(row(table(), "Stand der Pflichtschulungen (Lernmodule und Rollenspiele)")).containsExactly(
                "Stand der Pflichtschulungen (Lernmodule und Rollenspiele)", "Nur Anzahlen, ab 5 Personen",
                "Nur Anzahlen, ab 5 Personen", "Nur Anzahlen, ab 5 Personen", "Alles (eigene Angaben)");
        assertThat(paragraphs()).anyMatch(text -> text.startsWith("Was Führungskräfte sehen: Führungskräfte sehen "
                + "keine Namen"));

        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Einstellung ändern?");
        assertThat(confirm.getElement().getProperty("message")).isEqualTo("Sie ändern die Einstellung von „Status je "
                + "Person“ auf „Nur Summen“. Alle aktiven Mitarbeitenden Ihrer Behörde werden benachrichtigt und "
                + "können nachlesen, was ihre Führungskraft nun sieht.");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(context.getBean(VisibilitySettings.class).current()).as("cancelled")
                .isEqualTo(VisibilityPreset.STATUS_PER_PERSON);

        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        ConfirmDialog again = _find(ConfirmDialog.class).getLast();
        assertThat(again.getElement().getProperty("confirmText")).isEqualTo("Ändern und alle benachrichtigen");
        ConfirmDialogKt._fireConfirm(again);
        assertThat(notificationTexts()).contains("Die Einstellung „Nur Summen“ gilt jetzt. Alle Mitarbeitenden "
                + "wurden benachrichtigt.");
        assertThat(context.getBean(VisibilitySettings.class).current()).isEqualTo(VisibilityPreset.TOTALS_ONLY);
        assertThat(paragraphs()).anyMatch(text -> text.startsWith("Zuletzt geändert von " + admin.fullName() + " am "));
    }

    @Test
    void a_change_made_meanwhile_by_someone_else_is_refused_with_a_message() {
        login(TestAuthority.of(context, getClass(), "c").admin());
        UI.getCurrent().navigate("admin/visibility");
        VisibilitySettings settings = context.getBean(VisibilitySettings.class);
        settings.change(VisibilityPreset.MANDATORY_ONLY, settings.state().version());

        _setValue(presetChoice("Einstellung für Ihre Behörde"), VisibilityPreset.TOTALS_ONLY);
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        try {
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        } catch (RuntimeException failure) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
        }
        assertThat(notificationTexts()).contains("Die Einstellung wurde inzwischen von jemand anderem geändert. "
                + "Bitte laden Sie die Seite neu und prüfen Sie die Änderung.");
        assertThat(settings.current()).isEqualTo(VisibilityPreset.MANDATORY_ONLY);
    }

    @Test
    void the_admin_page_in_english() {
        TestAuthority english = TestAuthority.of(context, getClass(), "d");
        login(english.admin());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("admin/visibility");
        assertThat(_get(H2.class).getText()).isEqualTo("Co-determination and visibility");
        RadioButtonGroup<VisibilityPreset> choice = presetChoice("Setting for your authority");
        assertThat(headers(table())).containsExactly("Information", "Manager", "Administrator", "Trainer",
                "The person themselves");
        _setValue(choice, VisibilityPreset.MANDATORY_ONLY);
        assertThat(row(table(), "Status of recommended training (learning modules and role-plays)")).containsExactly(
                "Status of recommended training (learning modules and role-plays)", "Counts only, from 5 people",
                "Counts only, from 5 people", "Counts only, from 5 people", "Everything (own records)");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Change the setting?");
        assertThat(confirm.getElement().getProperty("message")).contains("Every active employee of your authority "
                + "will be notified");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(notificationTexts()).contains("The setting “Mandatory training only per person” applies now. "
                + "Every employee has been notified.");
        assertThat(paragraphs()).anyMatch(text -> text.startsWith("Last changed by " + english.admin().fullName()
                + " on "));

        login(english.employee());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("my/visibility");
        assertThat(_get(H2.class).getText()).isEqualTo("What does my manager see?");
        assertThat(paragraphs()).contains("Your authority uses the setting “Mandatory training only per person”.");
        assertThat(table().getCaptionText()).isEqualTo("What your manager sees about you under the setting "
                + "“Mandatory training only per person”");
        assertThat(headers(table())).containsExactly("Information", "Your manager sees");
        assertThat(row(table(), "Status of mandatory training (learning modules and role-plays)"))
                .containsExactly("Status of mandatory training (learning modules and role-plays)",
                        "Per person, with name");
        assertThat(row(table(), "Quiz answers")).containsExactly("Quiz answers", "Nothing");
    }

    @Test
    void an_employee_reads_what_their_manager_sees_under_their_authoritys_preset() {
        TestAuthority changed = TestAuthority.of(context, getClass(), "e");
        login(changed.admin());
        VisibilitySettings settings = context.getBean(VisibilitySettings.class);
        settings.change(VisibilityPreset.TOTALS_ONLY, settings.state().version());

        // the trainer belongs to no team, like most people the page is read by under "totals only"
        login(changed.trainer());
        UI.getCurrent().navigate("my/visibility");
        assertThat(_get(H2.class).getText()).isEqualTo("Was sieht meine Führungskraft?");
        assertThat(paragraphs()).contains("In Ihrer Behörde gilt die Einstellung „Nur Summen“.");
        assertThat(headers(table())).containsExactly("Angaben", "Ihre Führungskraft sieht");
        assertThat(row(table(), "Stand der Pflichtschulungen (Lernmodule und Rollenspiele)")).containsExactly(
                "Stand der Pflichtschulungen (Lernmodule und Rollenspiele)", "Nur Anzahlen, ab 5 Personen");
        assertThat(row(table(), "Reflexionen")).containsExactly("Reflexionen", "Nichts");
        assertThat(paragraphs()).anyMatch(text -> text.startsWith("Nur Sie selbst sehen: Punktzahlen"));
        assertThat(liveTexts()).containsExactly("Ihre Zeile, wie Ihre Führungskraft sie heute sieht",
                "Ihre Führungskraft sieht keine Zeile mit Ihrem Namen, nur Anzahlen je Team; Anzahlen unter 5 Personen"
                        + " erscheinen als „weniger als 5“.");

        login(untouched().employee());
        UI.getCurrent().navigate("my/visibility");
        assertThat(paragraphs()).as("another authority, never changed")
                .contains("In Ihrer Behörde gilt die Einstellung „Status je Person“.");
    }

    @Test
    void a_person_in_a_team_reads_their_own_row_as_their_manager_sees_it_and_without_a_team_that_nobody_does() {
        login("s.fischer");
        UI.getCurrent().navigate("my/visibility");
        List<String> live = liveTexts();
        assertThat(live).contains("So erscheinen Sie im Teamfortschritt Ihrer Führungskraft:");
        assertThat(live).anyMatch(text -> text.startsWith("Deeskalation") && text.contains("(Pflicht): läuft ab am"));

        login("trainer");
        UI.getCurrent().navigate("my/visibility");
        assertThat(liveTexts()).contains("Sie gehören keinem Team an; keine Führungskraft sieht Ihren Lernstand.");
    }

    private static List<String> liveTexts() {
        Section live = _get(Section.class, spec -> spec.withId(MyVisibilityView.LIVE_SECTION_ID));
        return live.getElement().getChildren().flatMap(child -> child.getTag().equals("section")
                ? child.getChildren() : Stream.of(child))
                .flatMap(child -> child.getTag().equals("ul") ? child.getChildren() : Stream.of(child))
                .map(Element::getText).toList();
    }

    @Test
    void the_learning_page_leads_to_what_my_manager_sees_in_both_languages() {
        login("employee");
        UI.getCurrent().navigate("learning");
        Anchor german = _get(Anchor.class, spec -> spec.withText("Was sieht meine Führungskraft?"));
        assertThat(german.getHref()).isEqualTo("my/visibility");

        login("e.kaya");
        UI.getCurrent().navigate("learning");
        Anchor english = _get(Anchor.class, spec -> spec.withText("What does my manager see?"));
        assertThat(english.getHref()).isEqualTo("my/visibility");
        UI.getCurrent().navigate(english.getHref());
        assertThat(_get(H2.class).getText()).isEqualTo("What does my manager see?");
    }

    @Test
    void only_administrators_open_the_preset_page() {
        login("manager");
        UI.getCurrent().navigate("admin/visibility");
        assertThat(_find(VisibilitySettingsView.class)).isEmpty();
        UI.getCurrent().navigate("my/visibility");
        assertThat(_find(MyVisibilityView.class)).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<VisibilityPreset> presetChoice(String label) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(label));
    }

    private static NativeTable table() {
        return _get(NativeTable.class);
    }

    private static List<String> headers(NativeTable table) {
        return table.getHead().getRows().getFirst().getAllCells().stream()
                .map(cell -> cell.getElement().getText()).toList();
    }

    private static List<String> row(NativeTable table, String record) {
        return table.getBody().getRows().stream().map(VisibilityScreensTest::cells)
                .filter(cells -> cells.getFirst().equals(record)).findFirst().orElseThrow();
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getAllCells().stream().map(cell -> cell.getElement().getText()).toList();
    }

    private static List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(paragraph -> paragraph.getElement().getTextRecursively()).toList();
    }
}
