package de.willkommensakademie.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.assessment.RoundInfo;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The round screens used by their labels, in German and English: an admin starts a round (and is told what is wrong
 * with bad dates), a manager may only ask their teams, an employee answers, saves, comes back to the saved draft and
 * submits after the confirmation; the start page invites until then.
 */
class RoundScreensTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_starts_a_round_for_the_whole_authority_and_bad_dates_are_explained() {
        TestAuthority authority = ownAuthority();
        login(authority.admin());
        UI.getCurrent().navigate(RoundsView.class);

        _click(_get(Button.class, spec -> spec.withText("Runde starten")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), "Standortbestimmung Frühjahr");
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Die ganze Behörde fragen")).getValue()).isTrue();
        DatePicker last = _get(DatePicker.class, spec -> spec.withLabel("Letzter Tag"));
        _setValue(last, LocalDate.now().minusDays(1));
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Starten")));
        assertThat(notificationTexts()).contains("Der letzte Tag liegt vor dem ersten.");

        _setValue(last, LocalDate.now().plusWeeks(2));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Erinnerung am (freiwillig)")),
                LocalDate.now().plusWeeks(1));
        _click(_get(Button.class, spec -> spec.withText("Starten")));

        assertThat(notificationTexts()).contains("Runde „Standortbestimmung Frühjahr“ gestartet: 8 Personen werden"
                + " gefragt.");
        Grid<RoundInfo> grid = _get(Grid.class);
        int row = rowTitled(grid, "Standortbestimmung Frühjahr");
        assertThat(GridKt._getFormattedRow(grid, row)).contains("ganze Behörde", "läuft", "0 von 8");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_manager_asks_only_the_teams_they_lead_and_ends_their_round_in_english() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "managers");
        login(authority.manager());
        // the session's language, which the error handler's messages follow too
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(RoundsView.class);

        assertThat(_get(H2.class).getText()).isEqualTo("Self-assessment");
        _click(_get(Button.class, spec -> spec.withText("Start a round")));
        assertThat(_find(Checkbox.class, spec -> spec.withLabel("Ask the whole authority"))).as("admins only").isEmpty();
        MultiSelectComboBox<TeamOption> teams = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Teams"));
        assertThat(teams.getListDataView().getItems().map(TeamOption::name)).containsExactly(TestAuthority.TEAM);
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Start")));
        assertThat(notificationTexts()).contains("Please choose whom to ask: the whole authority, teams or job roles.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Team North spring");
        teams.select(teams.getListDataView().getItems().toList());
        _click(_get(Button.class, spec -> spec.withText("Start")));
        assertThat(notificationTexts()).contains("Round “Team North spring” started: 3 people are asked.");

        Grid<RoundInfo> grid = _get(Grid.class);
        int row = rowTitled(grid, "Team North spring");
        assertThat(GridKt._getFormattedRow(grid, row)).contains(TestAuthority.TEAM, "running", "0 of 3");
        _click((Button) GridKt._getCellComponent(grid, row, "actions").getChildren()
                .filter(Button.class::isInstance).findFirst().orElseThrow());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(notificationTexts()).contains("Round “Team North spring” ended.");
        assertThat(GridKt._getFormattedRow(grid, rowTitled(grid, "Team North spring"))).contains("ended");
    }

    @Test
    void an_answering_address_of_a_round_that_does_not_exist_shows_page_not_found() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "address");
        login(authority.employee());
        UI.getCurrent().navigate("assessment/answer/987654321");
        assertThat(_find(H1.class).stream().map(H1::getText)).contains("Seite nicht gefunden");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_employee_answers_saves_comes_back_to_the_draft_and_submits_after_confirming() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "answer");
        long round = startWholeAuthorityRound(authority);
        login(authority.employee());
        UI.getCurrent().navigate("");
        Anchor invitation = _find(Anchor.class).stream()
                .filter(anchor -> anchor.getHref().equals("assessment/answer/" + round)).findFirst().orElseThrow();
        assertThat(invitation.getText()).isEqualTo("„Runde im Test“ beantworten");

        UI.getCurrent().navigate("assessment/answer/" + round);
        assertThat(_get(H2.class).getText()).isEqualTo("Runde im Test");
        assertThat(_find(FieldSet.class).getFirst().getElement().getChild(0).getText())
                .isEqualTo("Unsere Behörde hat ein Leitbild, das die Beschäftigten selbst mitentwickelt haben.");
        List<RadioButtonGroup<Integer>> today = scales("Wo stehen wir heute?");
        List<RadioButtonGroup<Integer>> relevance = scales("Wie wichtig ist das für uns?");
        assertThat(today.getFirst().getItemLabelGenerator().apply(1)).isEqualTo("1 – noch nicht erkennbar");
        assertThat(relevance.getFirst().getItemLabelGenerator().apply(5)).isEqualTo("5 – hohe Priorität");
        assertThat(today.getFirst().getItemLabelGenerator().apply(0)).isEqualTo("Kann ich nicht beurteilen");
        _setValue(today.getFirst(), 2);
        _setValue(relevance.getFirst(), 5);
        _setValue(today.get(1), 0);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Kommentar zu „Selbstverständnis“ (freiwillig)")),
                "Das Leitbild hängt nur im Flur.");
        _click(_get(Button.class, spec -> spec.withText("Speichern und später weitermachen")));
        assertThat(notificationTexts()).contains("Ihr Entwurf ist gespeichert. Sie können später weitermachen.");

        login(authority.employee());
        UI.getCurrent().navigate("");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains("„Runde im Test“ weiter beantworten");
        UI.getCurrent().navigate("assessment/answer/" + round);
        assertThat(scales("Wo stehen wir heute?").getFirst().getValue()).isEqualTo(2);
        assertThat(scales("Wo stehen wir heute?").get(1).getValue()).isEqualTo(0);
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Kommentar zu „Selbstverständnis“ (freiwillig)"))
                .getValue()).isEqualTo("Das Leitbild hängt nur im Flur.");
        _click(_get(Button.class, spec -> spec.withText("Antworten abschicken")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).contains("Danach können Sie sie nicht mehr ändern.",
                "Bewertungen fehlen noch");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(_get(H2.class).getText()).isEqualTo("Vielen Dank!");
        assertThat(jdbc.queryForObject("select respondents from assessment_group where round_id = ?"
                + " and group_kind = 'ALL'", Integer.class, round)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select text from assessment_comment where round_id = ?", String.class,
                round)).isEqualTo("Das Leitbild hängt nur im Flur.");
        UI.getCurrent().navigate("assessment/answer/" + round);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Sie haben diese Runde schon beantwortet. Vielen Dank!");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_english_speaker_answers_in_english() {
        TestAuthority authority = TestAuthority.of(context, getClass(), "english");
        long round = startWholeAuthorityRound(authority);
        login(authority.englishSpeaker());
        UI.getCurrent().navigate("assessment/answer/" + round);

        assertThat(_find(FieldSet.class).getFirst().getElement().getChild(0).getText())
                .isEqualTo("Our office has a mission statement that staff helped to write.");
        List<RadioButtonGroup<Integer>> today = scales("Where do we stand today?");
        assertThat(today.getFirst().getItemLabelGenerator().apply(5)).isEqualTo("5 – already very good");
        assertThat(today.getFirst().getItemLabelGenerator().apply(0)).isEqualTo("Cannot judge");
        IntStream.range(0, today.size()).forEach(index -> _setValue(today.get(index), 3));
        scales("How relevant is this for us?").forEach(group -> _setValue(group, 4));
        _click(_get(Button.class, spec -> spec.withText("Submit answers")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).isEqualTo("You cannot change them afterwards.");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(_get(H2.class).getText()).isEqualTo("Thank you!");
        assertThat(jdbc.queryForObject("select sum(answers) from assessment_tally where round_id = ? and rating = 3"
                + " and scale = 'CURRENT'", Integer.class, round)).isEqualTo(today.size());
    }

    @SuppressWarnings("unchecked")
    private static List<RadioButtonGroup<Integer>> scales(String label) {
        return _find(RadioButtonGroup.class, spec -> spec.withLabel(label)).stream()
                .map(group -> (RadioButtonGroup<Integer>) group).toList();
    }

    private long startWholeAuthorityRound(TestAuthority authority) {
        login(authority.admin());
        UI.getCurrent().navigate(RoundsView.class);
        _click(_get(Button.class, spec -> spec.withText("Runde starten")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), "Runde im Test");
        _click(_get(Button.class, spec -> spec.withText("Starten")));
        return jdbc.queryForObject("select max(id) from assessment_round where authority_id = ?", Long.class,
                authority.id());
    }

    private static int rowTitled(Grid<RoundInfo> grid, String title) {
        return IntStream.range(0, GridKt._size(grid)).filter(row -> GridKt._get(grid, row).title().equals(title))
                .findFirst().orElseThrow();
    }
}
