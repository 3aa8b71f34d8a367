package de.willkommensakademie.scenario.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.content.ContentSummary;
import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.AssignmentTarget;
import de.willkommensakademie.learning.Assignments;
import de.willkommensakademie.learning.ui.assign.AssignDialog;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.scenario.RolePlayFixtures;
import de.willkommensakademie.scenario.ScenarioLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Role-plays are assigned from the role-play library with the modules' dialog and rules, and appear on the learner's
 * "My learning" page until an ending is reached, whatever the outcome. In two authorities of the class's own, so no
 * assignment has to be taken back for later classes.
 */
class RolePlayAssignmentTest extends KaribuTest {

    private TestAuthority authority;
    private TestAuthority other;

    @BeforeEach
    void ownAuthorities() {
        authority = ownAuthority();
        other = TestAuthority.of(context, getClass(), "b");
    }

    @Test
    void a_trainer_assigns_a_role_play_to_a_person_who_sees_it_due_plays_it_to_an_ending_and_sees_it_done() {
        publishedRolePlay("Zz Zuweisung Schalter", "Zz Assignment counter");
        LocalDate due = LocalDate.now().plusDays(12);
        Person learner = authority.employee();
        login(authority.trainer());
        Dialog dialog = openAssignDialog("Suche", "Zz Zuweisung Schalter", "Zuweisen");
        assertThat(dialog.getHeaderTitle()).isEqualTo("„Zz Zuweisung Schalter“ zuweisen");
        assertThat(_get(dialog, Checkbox.class, spec -> spec.withLabel("Pflicht-Rollenspiel (sonst empfohlen)"))
                .getValue()).isTrue();
        choose(dialog, "Wer", learner.fullName());
        _setValue(_get(dialog, RadioButtonGroup.class, spec -> spec.withLabel("Fälligkeit")), AssignDialog.Due.FIXED);
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Fällig am")), due);
        _click(_get(dialog, Button.class, spec -> spec.withText("Zuweisen")));
        assertThat(notificationTexts())
                .contains("„Zz Zuweisung Schalter“ ist jetzt " + learner.fullName() + " zugewiesen.");

        login(learner);
        UI.getCurrent().navigate("learning");
        Component card = card("Zz Zuweisung Schalter");
        assertThat(group(card)).startsWith("Offen");
        assertThat(card.getElement().getTextRecursively()).contains("Pflicht", "Rollenspiel",
                "Fällig am " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMAN)
                        .format(due));
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Starten: Zz Zuweisung Schalter")));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .as("the role-play player").isInstanceOf(ScenarioPlayerView.class);
        _click(_get(Button.class, spec -> spec.withText("Weiter")));

        UI.getCurrent().navigate("learning");
        card = card("Zz Zuweisung Schalter");
        assertThat(group(card)).startsWith("In Bearbeitung");
        assertThat(card.getElement().getTextRecursively()).contains("Begonnen, noch kein Ende erreicht");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Fortsetzen: Zz Zuweisung Schalter")));
        // the poor ending: done is done, whatever the outcome
        _click(_find(Button.class, spec -> spec.withClasses("scenario-choice")).get(1));
        assertThat(headings()).anyMatch(heading -> heading.startsWith("Ende: "));

        UI.getCurrent().navigate("learning");
        card = card("Zz Zuweisung Schalter");
        assertThat(group(card)).startsWith("Abgeschlossen");
        assertThat(card.getElement().getTextRecursively()).contains("Ende erreicht am "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMAN).format(LocalDate.now()))
                .doesNotContain("Lektionen");
        assertThat(_find(Button.class, spec -> spec.withAttribute("aria-label",
                "Erneut spielen: Zz Zuweisung Schalter"))).hasSize(1);
    }

    @Test
    void an_admin_of_another_authority_assigns_a_shared_role_play_in_english_and_the_learner_plays_it() {
        long id = publishedRolePlay("Zz Geteilte Zuweisung", "Zz Shared assignment");
        share(id, true);
        LocalDate due = LocalDate.now().plusDays(9);
        DateTimeFormatter english = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH);
        Person learner = other.employee();
        try {
            login(other.admin());
            UI.getCurrent().setLocale(Locale.ENGLISH);
            Dialog dialog = openAssignDialog("Search", "Zz Shared assignment", "Assign");
            assertThat(dialog.getHeaderTitle()).isEqualTo("Assign “Zz Shared assignment”");
            assertThat(_get(dialog, Checkbox.class, spec -> spec.withLabel("Mandatory role-play (otherwise recommended)")))
                    .isNotNull();
            choose(dialog, "Who", learner.fullName());
            _setValue(_get(dialog, RadioButtonGroup.class, spec -> spec.withLabel("Due")), AssignDialog.Due.FIXED);
            _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Due on")), due);
            _click(_get(dialog, Button.class, spec -> spec.withText("Assign")));
            assertThat(notificationTexts())
                    .contains("“Zz Shared assignment” is now assigned to " + learner.fullName() + ".");

            login(learner);
            UI.getCurrent().setLocale(Locale.ENGLISH);
            UI.getCurrent().navigate("learning");
            Component card = card("Zz Shared assignment");
            assertThat(group(card)).startsWith("To do");
            assertThat(card.getElement().getTextRecursively()).contains("Mandatory", "Role-play",
                    "Due on " + english.format(due));
            _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Start: Zz Shared assignment")));
            _click(_get(Button.class, spec -> spec.withText("Next")));
            _click(_find(Button.class, spec -> spec.withClasses("scenario-choice")).get(0));
            assertThat(headings()).anyMatch(heading -> heading.startsWith("Ending: "));

            UI.getCurrent().navigate("learning");
            card = card("Zz Shared assignment");
            assertThat(group(card)).startsWith("Done");
            assertThat(card.getElement().getTextRecursively())
                    .contains("Ending reached on " + english.format(LocalDate.now()));
            assertThat(_find(Button.class, spec -> spec.withAttribute("aria-label", "Play again: Zz Shared assignment")))
                    .hasSize(1);
        } finally {
            // a shared role-play reaches every authority, the demo ones too
            share(id, false);
        }
    }

    @Test
    void a_manager_assigns_only_to_their_own_teams_and_their_members() {
        long id = publishedRolePlay("Zz Zuweisung Führungskraft", "Zz Assignment manager");
        login(authority.manager());
        Dialog dialog = openAssignDialog("Suche", "Zz Zuweisung Führungskraft", "Zuweisen");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AssignmentTarget> kind = _get(dialog, RadioButtonGroup.class,
                spec -> spec.withLabel("Zuweisen an"));
        assertThat(kind.getListDataView().getItems()).as("job roles reach future staff: trainers and admins only")
                .containsExactly(AssignmentTarget.EMPLOYEE, AssignmentTarget.TEAM);
        assertThat(choices(dialog)).contains(authority.employee().fullName(), authority.buddy().fullName())
                .doesNotContain(authority.outsider().fullName(), other.employee().fullName());
        _setValue(kind, AssignmentTarget.TEAM);
        assertThat(choices(dialog)).containsExactly(TestAuthority.TEAM);
        choose(dialog, "Wer", TestAuthority.TEAM);
        _click(_get(dialog, Button.class, spec -> spec.withText("Zuweisen")));
        assertThat(notificationTexts())
                .contains("„Zz Zuweisung Führungskraft“ ist jetzt " + TestAuthority.TEAM + " zugewiesen.");

        // the service refuses what the dialog does not offer
        long outsider = authority.outsider().id();
        assertThatThrownBy(() -> context.getBean(Assignments.class).assign(AssignedKind.ROLE_PLAY, id,
                AssignmentTarget.EMPLOYEE, outsider, true, null, null, 7)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void an_archived_or_unshared_role_play_is_refused_with_a_translated_message_and_the_dialog_stays_open() {
        long archived = publishedRolePlay("Zz Zuweisung archiviert", "Zz Assignment archived");
        login(authority.trainer());
        Dialog dialog = openAssignDialog("Suche", "Zz Zuweisung archiviert", "Zuweisen");
        choose(dialog, "Wer", authority.employee().fullName());
        library().archive(archived, library().draft(archived).version());
        clickThroughErrorHandler(_get(dialog, Button.class, spec -> spec.withText("Zuweisen")));
        assertThat(notificationTexts()).contains("Nur veröffentlichte Module und Rollenspiele können zugewiesen werden.");
        assertThat(dialog.isOpened()).isTrue();

        long unshared = publishedRolePlay("Zz Zuweisung zurückgezogen", "Zz Assignment withdrawn");
        share(unshared, true);
        login(other.admin());
        dialog = openAssignDialog("Suche", "Zz Zuweisung zurückgezogen", "Zuweisen");
        choose(dialog, "Wer", other.employee().fullName());
        share(unshared, false);
        SignedIn.as(context.getBean(UserDetailsService.class), other.admin());
        clickThroughErrorHandler(_get(dialog, Button.class, spec -> spec.withText("Zuweisen")));
        assertThat(notificationTexts()).contains("Das geht nicht mehr: Der Inhalt oder die gewählte Person bzw. das "
                + "Team steht Ihnen nicht (mehr) zur Verfügung.");
        assertThat(dialog.isOpened()).isTrue();
    }

    /** Opens the library, finds the role-play by its title and opens its assign dialog. */
    private static Dialog openAssignDialog(String searchLabel, String title, String assign) {
        UI.getCurrent().navigate("scenarios/library");
        _setValue(_get(TextField.class, spec -> spec.withLabel(searchLabel)), title);
        @SuppressWarnings("unchecked")
        Grid<ContentSummary> grid = _get(Grid.class);
        grid.select(GridKt._get(grid, 0));
        assertThat(grid.asSingleSelect().getValue().title(UI.getCurrent().getLocale())).isEqualTo(title);
        _click(_get(Button.class, spec -> spec.withText(assign)));
        return _get(Dialog.class);
    }

    private static void choose(Dialog dialog, String label, String choice) {
        @SuppressWarnings("unchecked")
        ComboBox<AssignDialog.Choice> who = _get(dialog, ComboBox.class, spec -> spec.withLabel(label));
        _setValue(who, who.getListDataView().getItems().filter(option -> option.label().equals(choice)).findFirst()
                .orElseThrow(() -> new AssertionError(choice + " is not offered")));
    }

    private static List<String> choices(Dialog dialog) {
        @SuppressWarnings("unchecked")
        ComboBox<AssignDialog.Choice> who = _get(dialog, ComboBox.class, spec -> spec.withLabel("Wer"));
        return who.getListDataView().getItems().map(AssignDialog.Choice::label).toList();
    }

    /** The card of an item on "My learning". */
    private static Component card(String title) {
        H3 heading = _find(H3.class).stream().filter(h -> h.getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " is not on the page"));
        return heading.getParent().orElseThrow();
    }

    /** The heading of the group the card is listed in. */
    private static String group(Component card) {
        Optional<Component> section = card.getParent().flatMap(Component::getParent);
        return section.filter(Section.class::isInstance).flatMap(s -> s.getChildren().findFirst())
                .map(h -> ((H3) h).getText()).orElseThrow();
    }

    private static List<String> headings() {
        return _find(H3.class).stream().map(H3::getText).toList();
    }

    private long publishedRolePlay(String titleDe, String titleEn) {
        SignedIn.as(context.getBean(UserDetailsService.class), authority.trainer());
        long id = RolePlayFixtures.published(library(), titleDe, titleEn);
        SignedIn.nobody();
        return id;
    }

    private void share(long id, boolean shared) {
        SignedIn.as(context.getBean(UserDetailsService.class), authority.trainer());
        library().share(id, library().draft(id).version(), shared);
    }

    private ScenarioLibrary library() {
        return context.getBean(ScenarioLibrary.class);
    }
}
