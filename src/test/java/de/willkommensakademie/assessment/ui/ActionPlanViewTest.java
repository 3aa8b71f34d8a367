package de.willkommensakademie.assessment.ui;

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
import java.util.Optional;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.assessment.ActionDraft;
import de.willkommensakademie.assessment.ActionFixture;
import de.willkommensakademie.assessment.ActionPlan;
import de.willkommensakademie.assessment.ActionRow;
import de.willkommensakademie.assessment.ActionStatus;
import de.willkommensakademie.assessment.QuestionnaireContent.Statement;
import de.willkommensakademie.assessment.ResultsFixture;
import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.assessment.RoundOption;
import de.willkommensakademie.base.ui.LocalizedDatePicker;
import de.willkommensakademie.base.ui.NotFoundView;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.people.EmployeeOption;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The action plan on screen per role, in German and English: a manager creates an action in the dialog (and is told
 * what is missing), an administrator sees the authority's actions with overdue ones said in words, an owner without a
 * manager role finds theirs on the start page and changes the status on their own page, not in the menu's plan.
 */
class ActionPlanViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private long round(String variant) {
        TestAuthority authority = TestAuthority.of(context, getClass(), variant);
        return new ActionFixture(jdbc, authority).wholeAuthorityRound("Zz Runde " + variant,
                LocalDate.now().minusWeeks(6));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_manager_creates_an_action_in_the_dialog_and_is_told_what_is_missing() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "create");
        round("create");
        login(authority.manager());
        assertThat(menuLabels()).contains("Maßnahmenplan");
        UI.getCurrent().navigate("assessment/actions");
        _click(_get(Button.class, spec -> spec.withText("Maßnahme anlegen")));
        Dialog dialog = _get(Dialog.class);
        Select<RoundOption> round = _get(dialog, Select.class, spec -> spec.withLabel("Standortbestimmung"));
        _setValue(round, round.getListDataView().getItems().filter(option -> option.title().equals(
                "Zz Runde create")).findFirst().orElseThrow());
        Select<Cornerstone> cornerstone = _get(dialog, Select.class, spec -> spec.withLabel("Eckpunkt"));
        _setValue(cornerstone, Cornerstone.COMPETENCES);
        CheckboxGroup<Statement> statements = _get(dialog, CheckboxGroup.class,
                spec -> spec.withLabel("Aussagen, die die Maßnahme angeht"));
        assertThat(statements.getListDataView().getItems().map(statements.getItemLabelGenerator()))
                .containsExactly("Wir deeskalieren", "Dolmetschende statt Kinder");
        _setValue(statements, Set.of(statements.getListDataView().getItem(0)));
        ComboBox<EmployeeOption> owner = _get(dialog, ComboBox.class, spec -> spec.withLabel("Verantwortlich"));
        _setValue(owner, owner.getListDataView().getItems().filter(option -> option.id() == authority.employee()
                .id()).findFirst().orElseThrow());
        _setValue(_get(dialog, LocalizedDatePicker.class, spec -> spec.withLabel("Fällig am")),
                LocalDate.now().plusDays(20));
        Button save = _get(dialog, Button.class, spec -> spec.withText("Speichern"));

        clickThroughErrorHandler(save);
        assertThat(notificationTexts()).contains("Bitte geben Sie einen Titel ein.");
        assertThat(dialog.isOpened()).as("nothing typed is lost").isTrue();

        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Titel")), "Zz Deeskalation üben");
        _click(save);
        assertThat(notificationTexts()).contains("Die Maßnahme „Zz Deeskalation üben“ wurde angelegt.");
        Grid<ActionRow> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Zz Deeskalation üben", "Kompetenzen",
                authority.employee().fullName(), "Offen", "Zz Runde create");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_sees_the_authoritys_actions_in_english_with_overdue_said_in_words() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "english");
        round("english");
        login(authority.manager());
        UI.getCurrent().navigate("assessment/actions");
        createThroughService(authority, "Zz Overdue");
        jdbc.update("update assessment_action set due_on = ? where authority_id = ? and title = 'Zz Overdue'",
                LocalDate.now().minusDays(3), authority.id());

        login(authority.admin());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("assessment/actions");
        Grid<ActionRow> grid = _get(Grid.class);
        String due = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                .format(LocalDate.now().minusDays(3));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Zz Overdue", "Staff competences",
                due + " (overdue)", "Open");
        grid.select(GridKt._get(grid, 0));
        Select<ActionStatus> status = _get(Select.class, spec -> spec.withLabel("New status for \"Zz Overdue\""));
        _setValue(status, ActionStatus.DONE);
        _click(_get(Button.class, spec -> spec.withText("Change status")));
        assertThat(notificationTexts()).contains("\"Zz Overdue\" is now: Done");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Done").doesNotContain("(overdue)");
        assertThat(_find(Button.class, spec -> spec.withText("Edit"))).isEmpty();
        grid.select(GridKt._get(grid, 0));
        assertThat(_find(Button.class, spec -> spec.withText("Edit"))).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_owner_finds_their_actions_on_the_start_page_and_changes_the_status_on_their_own_page() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "owner");
        round("owner");
        login(authority.manager());
        createThroughService(authority, "Zz Für Emil");
        jdbc.update("update assessment_action set due_on = ? where authority_id = ? and title = 'Zz Für Emil'",
                LocalDate.now().minusDays(1), authority.id());

        login(authority.employee());
        String yesterday = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMAN)
                .format(LocalDate.now().minusDays(1));
        assertThat(card("Ihre Maßnahmen").orElseThrow().getElement().getTextRecursively())
                .contains("Zz Für Emil", "überfällig seit " + yesterday);
        assertThat(_get(card("Ihre Maßnahmen").orElseThrow(), Anchor.class,
                spec -> spec.withText("Zu Ihren Maßnahmen")).getHref()).isEqualTo("assessment/actions/mine");
        assertThat(menuLabels()).isNotEmpty().doesNotContain("Maßnahmenplan");
        UI.getCurrent().navigate("assessment/actions");
        assertThat(_find(NotFoundView.class)).as("the whole plan is for administrators and managers").hasSize(1);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(card("Your actions").orElseThrow().getElement().getTextRecursively())
                .contains("Zz Für Emil", "overdue since");
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate("assessment/actions/mine");
        Grid<ActionRow> grid = _get(Grid.class);
        grid.select(GridKt._get(grid, 0));
        _setValue(_get(Select.class, spec -> spec.withLabel("Neuer Stand für „Zz Für Emil“")),
                ActionStatus.IN_PROGRESS);
        _click(_get(Button.class, spec -> spec.withText("Stand ändern")));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("In Arbeit");
        assertThat(_find(Button.class, spec -> spec.withText("Bearbeiten"))).isEmpty();

        login(authority.buddy());
        assertThat(card("Ihre Maßnahmen")).as("no open action of their own, no card").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_results_offer_an_action_for_an_act_now_statement_and_show_earlier_actions_beside_their_statements() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "results");
        login(authority.admin());
        LocalDate today = LocalDate.now();
        long earlier = ResultsFixture.round(context, "Zz 2024", today.minusDays(400), today.minusDays(370));
        long now = ResultsFixture.round(context, "Zz 2026", today.minusDays(30), today.minusDays(1));
        ResultsFixture.answers(context, now, GroupKind.ALL, 0, 20, new int[] {1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 5, 0},
                new int[] {5, 5, 4, 4, 4, 4, 5, 5, 4, 4, 3, 0});
        ActionPlan plan = context.getBean(ActionPlan.class);
        plan.create(new ActionDraft(earlier, "Zz Leitbild-Workshop", Cornerstone.SELF_IMAGE,
                Set.of("sb-leitbild-gemeinsam"), authority.manager().id(), today.plusDays(20), null, null), null);

        UI.getCurrent().navigate("assessment/results/" + now);
        Grid<?> selfImage = _find(Grid.class).stream().filter(grid -> grid.getAriaLabel().orElse("")
                .equals("Aussagen: Selbstverständnis")).findFirst().orElseThrow();
        String due = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMAN)
                .format(today.plusDays(20));
        assertThat(GridKt._getFormattedRow(selfImage, 0)).contains("Zz Leitbild-Workshop (Offen, fällig am " + due
                + ")");
        assertThat(GridKt._getFormattedRow(selfImage, 1)).contains("–");

        Button create = _find(Button.class, spec -> spec.withText("Maßnahme anlegen")).getFirst();
        assertThat(create.getElement().getAttribute("aria-label")).startsWith("Maßnahme anlegen zu Aussage 1: ");
        _click(create);
        Dialog dialog = _get(Dialog.class);
        Select<RoundOption> round = _get(dialog, Select.class, spec -> spec.withLabel("Standortbestimmung"));
        assertThat(round.getValue().id()).isEqualTo(now);
        assertThat(round.isReadOnly()).isTrue();
        CheckboxGroup<Statement> statements = _get(dialog, CheckboxGroup.class,
                spec -> spec.withLabel("Aussagen, die die Maßnahme angeht"));
        assertThat(statements.getValue()).extracting(Statement::key).containsExactly("sb-leitbild-gemeinsam");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Titel")), "Zz Leitbild überarbeiten");
        ComboBox<EmployeeOption> owner = _get(dialog, ComboBox.class, spec -> spec.withLabel("Verantwortlich"));
        _setValue(owner, owner.getListDataView().getItems().filter(option -> option.id() == authority.admin().id())
                .findFirst().orElseThrow());
        _setValue(_get(dialog, LocalizedDatePicker.class, spec -> spec.withLabel("Fällig am")), today.plusDays(60));
        _click(_get(dialog, Button.class, spec -> spec.withText("Speichern")));
        assertThat(notificationTexts()).contains("Die Maßnahme „Zz Leitbild überarbeiten“ wurde angelegt.");
        assertThat(plan.find(Set.of(), false, PageRequest.of(0, 10))).filteredOn(row -> row.roundId() == now)
                .extracting(ActionRow::title).containsExactly("Zz Leitbild überarbeiten");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("assessment/results/" + earlier);
        UI.getCurrent().navigate("assessment/results/" + now);
        assertThat(_find(Button.class, spec -> spec.withText("Create action"))).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_edits_an_action_and_a_save_after_someone_elses_change_is_refused() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "edit");
        round("edit");
        login(authority.manager());
        createThroughService(authority, "Zz Zu bearbeiten");

        login(authority.admin());
        UI.getCurrent().navigate("assessment/actions");
        Grid<ActionRow> grid = _get(Grid.class);
        grid.select(GridKt._get(grid, 0));
        _click(_get(Button.class, spec -> spec.withText("Bearbeiten")));
        Dialog dialog = _get(Dialog.class);
        TextField title = _get(dialog, TextField.class, spec -> spec.withLabel("Titel"));
        assertThat(title.getValue()).isEqualTo("Zz Zu bearbeiten");
        _setValue(title, "Zz Bearbeitet");
        _click(_get(dialog, Button.class, spec -> spec.withText("Speichern")));
        assertThat(notificationTexts()).contains("Die Maßnahme „Zz Bearbeitet“ wurde gespeichert.");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Zz Bearbeitet");

        grid.select(GridKt._get(grid, 0));
        _click(_get(Button.class, spec -> spec.withText("Bearbeiten")));
        Dialog second = _find(Dialog.class).getLast();
        ActionRow shown = GridKt._get(grid, 0);
        context.getBean(ActionPlan.class).changeStatus(shown.id(), shown.version(), ActionStatus.IN_PROGRESS);
        _setValue(_get(second, TextField.class, spec -> spec.withLabel("Titel")), "Zz Zu spät");
        clickThroughErrorHandler(_get(second, Button.class, spec -> spec.withText("Speichern")));
        assertThat(notificationTexts()).anyMatch(text -> text.startsWith(
                "Jemand anderes hat diesen Eintrag inzwischen geändert."));
        assertThat(second.isOpened()).isTrue();
    }

    /** An action for the employee of the authority's fixture round, created by the signed-in manager. */
    private void createThroughService(TestAuthority authority, String title) {
        ActionPlan plan = context.getBean(ActionPlan.class);
        long roundId = plan.rounds().getFirst().id();
        plan.create(new ActionDraft(roundId, title, Cornerstone.COMPETENCES,
                Set.of("comp-deescalation"), authority.employee().id(), LocalDate.now().plusDays(10), null, null),
                null);
    }

    private static List<String> menuLabels() {
        UI.getCurrent().navigate("");
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static Optional<Section> card(String title) {
        UI.getCurrent().navigate("");
        UI.getCurrent().refreshCurrentRoute(true);
        return _find(Section.class).stream()
                .filter(section -> section.getElement().getChild(0).getText().equals(title)).findFirst();
    }
}
