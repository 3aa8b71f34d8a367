package de.willkommensakademie.onboarding.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.onboarding.OnboardingTemplates;
import de.willkommensakademie.onboarding.TeamOnboardingRow;
import de.willkommensakademie.people.EmployeeOption;
import org.junit.jupiter.api.Test;

/** The onboarding screens by role: new employee, buddy, manager and trainer. */
class OnboardingScreensTest extends KaribuTest {

    @Test
    void the_new_employee_sees_this_week_and_what_others_do_and_ticks_an_item() {
        login("employee");
        UI.getCurrent().navigate("onboarding");
        assertThat(_find(H3.class).stream().map(H3::getText)).contains("Heute und diese Woche",
                "Was andere für Sie erledigen", "Erledigt");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Ihre Patin/Ihr Pate: Jürgen Weiß."));
        Button done = _find(Button.class, spec -> spec.withText("Erledigt")).getFirst();
        String item = done.getAriaLabel().orElseThrow();
        _setValue(_find(TextField.class, spec -> spec.withLabel("Anmerkung (optional)")).getFirst(), "Gelesen");
        _click(done);
        assertThat(notificationTexts()).contains("Als erledigt markiert.");
        assertThat(_find(Button.class, spec -> spec.withText("Erledigt")))
                .noneMatch(button -> button.getAriaLabel().orElse("").equals(item));
    }

    @Test
    void the_buddy_sees_the_tasks_for_the_people_they_support() {
        login("j.weiss");
        UI.getCurrent().navigate("onboarding/tasks");
        List<String> tasks = _find(H4.class).stream().map(H4::getText).toList();
        assertThat(tasks).isNotEmpty().allMatch(text -> text.startsWith("Aylin Demir: "));
        login("s.mueller");
        UI.getCurrent().navigate("onboarding/tasks");
        assertThat(_find(H4.class).stream().map(H4::getText)).noneMatch(text -> text.startsWith("Aylin Demir: "));
    }

    @Test
    void the_manager_follows_the_team_adds_and_skips_items() {
        login("manager");
        UI.getCurrent().navigate("onboarding/team");
        @SuppressWarnings("unchecked")
        Grid<TeamOnboardingRow> grid = _get(Grid.class);
        TeamOnboardingRow aylin = GridKt._findAll(grid).stream().filter(row -> row.employee().equals("Aylin Demir"))
                .findFirst().orElseThrow();
        grid.select(aylin);
        @SuppressWarnings("unchecked")
        ComboBox<EmployeeOption> buddy = _get(ComboBox.class, spec -> spec.withLabel("Patin/Pate"));
        assertThat(buddy.getValue().fullName()).isEqualTo("Jürgen Weiß");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Aufgabe")), "Zz Hospitation bei der MBE");
        _click(_get(Button.class, spec -> spec.withText("Aufgabe hinzufügen")));
        assertThat(notificationTexts()).contains("Die Aufgabe wurde hinzugefügt.");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.contains("Zz Hospitation bei der MBE"));
        Button skip = _find(Button.class, spec -> spec.withText("Entfallen lassen")).getLast();
        _setValue(_find(TextField.class, spec -> spec.withLabel("Grund für das Entfallen")).getLast(),
                "Schon in der Ausbildung gelernt");
        _click(skip);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).anyMatch(text -> text.endsWith("entfällt"));
    }

    @Test
    void a_trainer_adapts_the_shipped_template_previews_and_publishes_it() {
        login("trainer");
        UI.getCurrent().navigate("onboarding/templates");
        _click(_find(Button.class, spec -> spec.withText("Anpassen")).getFirst());
        assertThat(_get(H2.class).getText()).startsWith("Vorlage „");
        IntegerField firstDue = _find(IntegerField.class, spec -> spec.withLabel("Fällig am Tag")).getFirst();
        _setValue(firstDue, -7);
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withLabel("Eintrittsdatum")), LocalDate.of(2027, 3, 1));
        _click(_get(Button.class, spec -> spec.withText("Fälligkeiten anzeigen")));
        assertThat(_get(NativeTable.class).getElement().getTextRecursively()).contains("22.02.2027");
        _click(_get(Button.class, spec -> spec.withText("Veröffentlichen")));
        assertThat(notificationTexts()).anyMatch(text -> text.endsWith("wurde als neue Version veröffentlicht."));
        UI.getCurrent().navigate("onboarding/templates");
        assertThat(_find(com.vaadin.flow.component.html.Span.class).stream().map(span -> span.getText()))
                .anyMatch(text -> text.contains("Version 1") && text.contains("Eigene Behörde"));
    }

    @Test
    void a_shipped_template_opened_by_its_address_says_to_adapt_it_and_offers_the_copy() {
        for (String user : List.of("trainer", "admin")) {
            login(user);
            long shipped = context.getBean(OnboardingTemplates.class).list().stream()
                    .filter(summary -> !summary.own()).findFirst().orElseThrow().id();
            UI.getCurrent().navigate("onboarding/templates/edit/" + shipped);
            assertThat(_find(H1.class).stream().map(H1::getText)).as(user + ": no error page")
                    .doesNotContain("Etwas ist schiefgelaufen");
            assertThat(_get(H2.class).getText()).startsWith("Mitgelieferte Vorlage „");
            assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                    .contains("Mitgelieferte Vorlagen können nicht geändert werden; passen Sie eine an, um eine "
                            + "eigene Kopie zu erhalten.");
            _click(_get(Button.class, spec -> spec.withText("Anpassen")));
            assertThat(_get(H2.class).getText()).as(user + ": the own copy opens").startsWith("Vorlage „");

            UI.getCurrent().navigate("onboarding/templates/edit/987654321");
            assertThat(_find(H1.class).stream().map(H1::getText)).contains("Seite nicht gefunden");
        }
    }
}
