package de.willkommensakademie.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.ui.NotFoundView;
import de.willkommensakademie.learning.AssignmentTarget;
import de.willkommensakademie.learning.Assignments;
import de.willkommensakademie.people.JobRoleOption;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.team.Matrix.PersonRow;
import de.willkommensakademie.team.Matrix.TeamRow;
import de.willkommensakademie.team.StatusFilter;
import de.willkommensakademie.visibility.PresetSwitch;
import de.willkommensakademie.visibility.VisibilityPreset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The status matrix as managers and administrators use it: who appears, each filter, the URL and the presets. Who
 * appears and the filters are read against the demo's teams and assignments (nothing is changed there); the presets
 * are set in authorities of the class's own, where Team Nord has the shipped de-escalation module as mandatory and the
 * interpreting one as recommended training.
 */
class TeamProgressViewTest extends KaribuTest {

    private static final String DEESCALATION = "Deeskalation und Sicherheit am Schalter";
    private static final Set<String> ASSIGNED = new HashSet<>();

    @Autowired
    UserDetailsService accounts;
    @Autowired
    Assignments assignments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_manager_sees_the_people_of_the_teams_she_leads_and_nobody_else() {
        login("manager");
        open(Map.of());
        assertThat(names()).contains("Demir, Aylin", "Haddad, Nadia", "Vogel, Katrin")
                .doesNotContain("Öztürk, Hüseyin", "Krämer, Birgit", "Koch, Martin");
        assertThat(row("Demir, Aylin")).contains("nicht begonnen", "von");
        assertThat(headers()).anySatisfy(header -> assertThat(header).contains(DEESCALATION, "Pflicht", "erledigt"));
        assertThat(headers()).anySatisfy(header -> assertThat(header).contains("Empfohlen"));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("progress-compliance")).getText())
                .startsWith("Pflichtschulungen erledigt:").contains("%");
    }

    @Test
    void an_administrator_sees_every_team_of_the_authority() {
        login("admin");
        open(Map.of());
        assertThat(names()).contains("Demir, Aylin", "Öztürk, Hüseyin", "Haddad, Nadia").doesNotContain("Koch, Martin");
    }

    @Test
    void another_authority_sees_nothing_of_musterstadt_and_reads_english() {
        login("admin2");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        open(Map.of());
        assertThat(names()).contains("Koch, Martin").doesNotContain("Demir, Aylin", "Vogel, Katrin");
        assertThat(_get(Select.class, spec -> spec.withLabel("Team")).getEmptySelectionCaption())
                .isEqualTo("All my teams");
        assertThat(headers()).anySatisfy(header -> assertThat(header).contains("Mandatory", "done"));
    }

    @Test
    void employees_and_trainers_do_not_find_the_page() {
        for (String username : List.of("employee", "trainer")) {
            login(username);
            UI.getCurrent().navigate("team/progress");
            assertThat(currentView()).as(username).isInstanceOf(NotFoundView.class);
        }
    }

    @Test
    void filters_are_read_from_the_url() {
        login("manager");
        open(Map.of("status", "not_done", "mandatory", "true", "name", "Demir"));
        assertThat(names()).containsExactly("Demir, Aylin");
        assertThat(select("Status").getValue()).isEqualTo(StatusFilter.NOT_DONE);
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Nur Pflichtschulungen")).getValue()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name suchen")).getValue()).isEqualTo("Demir");
        // mandatory only: the recommended interpreting module is no column
        assertThat(headers()).noneSatisfy(header -> assertThat(header).contains("Empfohlen"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void each_filter_narrows_the_matrix_and_is_written_to_the_url() {
        login("manager");
        open(Map.of());
        Select<TeamOption> team = select("Team");
        TeamOption service = team.getListDataView().getItems()
                .filter(option -> option.name().startsWith("Servicepoint")).findFirst().orElseThrow();
        team.setValue(service);
        assertThat(names()).contains("Demir, Aylin").doesNotContain("Haddad, Nadia");
        assertThat(lastUrl()).contains("team=" + service.id());

        Select<JobRoleOption> role = select("Funktion");
        JobRoleOption back = role.getListDataView().getItems().filter(option -> option.code().equals("back-office"))
                .findFirst().orElseThrow();
        role.setValue(back);
        assertThat(names()).contains("Al-Hassan, Fatima", "Kowalski, Marek").doesNotContain("Demir, Aylin");
        assertThat(lastUrl()).contains("role=" + back.id());
        role.setValue(null);

        Select<Object> item = select("Lernmodul oder Rollenspiel");
        Object deescalation = item.getListDataView().getItems()
                .filter(content -> item.getItemLabelGenerator().apply(content).startsWith(DEESCALATION))
                .findFirst().orElseThrow();
        item.setValue(deescalation);
        assertThat(headers()).hasSize(3); // person, the module, total
        assertThat(names()).contains("Demir, Aylin").doesNotContain("Al-Hassan, Fatima");
        assertThat(lastUrl()).contains("item=module-");
        item.setValue(null);

        select("Status").setValue(StatusFilter.NOT_DONE);
        assertThat(lastUrl()).contains("status=not_done");
        _get(TextField.class, spec -> spec.withLabel("Name suchen")).setValue("Kovalenko");
        assertThat(names()).containsExactly("Kovalenko, Oleksandr");
        assertThat(lastUrl()).contains("name=Kovalenko");
        select("Status").setValue(StatusFilter.OVERDUE);
        assertThat(names()).doesNotContain("Demir, Aylin"); // nothing of hers is overdue
    }

    @Test
    @SuppressWarnings("unchecked")
    void nonsense_in_the_url_is_ignored_and_a_foreign_team_is_reset_visibly() {
        login("manager");
        open(Map.of("team", "abc", "status", "bogus", "item", "module-x", "role", "99999999", "mandatory", "yes"));
        assertThat(names()).contains("Demir, Aylin", "Haddad, Nadia");
        assertThat(select("Status").getValue()).isEqualTo(StatusFilter.ALL);
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Nur Pflichtschulungen")).getValue()).isFalse();

        login("admin");
        open(Map.of());
        Select<TeamOption> teams = select("Team");
        long skilled = teams.getListDataView().getItems()
                .filter(option -> option.name().startsWith("Fachkräfte")).findFirst().orElseThrow().id();
        login("manager");
        open(Map.of("team", Long.toString(skilled)));
        assertThat(names()).contains("Demir, Aylin").doesNotContain("Öztürk, Hüseyin");
        assertThat(select("Team").getValue()).isNull();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anySatisfy(text -> assertThat(text).contains("zurückgesetzt"));
    }

    @Test
    void the_narrow_screen_list_shows_each_person_with_their_items_in_words() {
        login("manager");
        open(Map.of("name", "Demir"));
        Grid<PersonRow> cards = grid("progress-cards");
        assertThat(GridKt._size(cards)).isEqualTo(1);
        assertThat(GridKt._getCellComponent(cards, 0, "card").getElement().getTextRecursively()).contains("Demir, Aylin", DEESCALATION,
                "nicht begonnen", "von");
    }

    @Test
    void under_mandatory_only_recommended_training_is_counted_but_shown_for_nobody() {
        TestAuthority authority = withTrainingAssigned("");
        String employee = authority.employee().sortName();
        login(authority.manager());
        open(Map.of());
        int recommended = recommendedColumn();
        assertThat(cells(employee).get(recommended)).contains("nicht begonnen");
        PresetSwitch.set(context, authority.id(), VisibilityPreset.MANDATORY_ONLY);
        open(Map.of());
        assertThat(names()).contains(employee);
        recommended = recommendedColumn();
        assertThat(cells(employee).get(recommended)).isBlank();
        assertThat(headers().get(recommended)).contains("Empfohlen", "von");
    }

    /**
     * The class's own authority (variant "") or a further one, with the shipped de-escalation module mandatory and the
     * interpreting one recommended for Team Nord; assigned once.
     */
    private TestAuthority withTrainingAssigned(String variant) {
        TestAuthority authority = TestAuthority.of(context, getClass(), variant);
        if (ASSIGNED.add(authority.slug())) {
            SignedIn.as(accounts, authority.trainer());
            assignments.assign(shippedModule("de-escalation-safety"), AssignmentTarget.TEAM, authority.teamId(), true,
                    null, 14);
            assignments.assign(shippedModule("interpreters-plain-language"), AssignmentTarget.TEAM,
                    authority.teamId(), false, null, 30);
            SignedIn.nobody();
        }
        return authority;
    }

    private long shippedModule(String key) {
        return jdbc.queryForObject("select id from learning_module where module_key = ? and authority_id is null",
                Long.class, key);
    }

    private static int recommendedColumn() {
        List<String> headers = headers();
        int index = headers.indexOf(headers.stream().filter(header -> header.contains("Empfohlen")).findFirst()
                .orElseThrow());
        return index;
    }

    private static List<String> cells(String name) {
        Grid<PersonRow> grid = grid("progress-matrix");
        int index = GridKt._findAll(grid).stream().map(PersonRow::name).toList().indexOf(name);
        return GridKt._getFormattedRow(grid, index);
    }

    @Test
    @SuppressWarnings("unchecked")
    void under_totals_only_the_page_shows_teams_with_counts_and_no_name() {
        TestAuthority authority = withTrainingAssigned("b");
        PresetSwitch.set(context, authority.id(), VisibilityPreset.TOTALS_ONLY);
        login(authority.manager());
        open(Map.of());
        assertThat(_find(Grid.class)).hasSize(1);
        Grid<TeamRow> teams = _get(Grid.class);
        String shown = GridKt._findAll(teams).stream().map(row -> row.team()).collect(Collectors.joining(" "))
                + headers(teams);
        for (int index = 0; index < GridKt._size(teams); index++) {
            shown += GridKt._getFormattedRow(teams, index);
        }
        assertThat(shown).contains(TestAuthority.TEAM, "weniger als 5");
        for (Person member : List.of(authority.manager(), authority.employee(), authority.buddy())) {
            assertThat(shown).doesNotContain(member.firstName(), member.lastName());
        }
        assertThat(_find(Button.class).stream()
                .filter(button -> button.getText().equals("Ausgewählte erinnern")).filter(Component::isVisible))
                .isEmpty();
    }

    private void open(Map<String, String> query) {
        UI.getCurrent().navigate("team/progress", QueryParameters.simple(query));
        assertThat(currentView()).isInstanceOf(TeamProgressView.class);
    }

    private static Component currentView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PersonRow> grid(String className) {
        return _find(Grid.class).stream().filter(grid -> grid.hasClassName(className)).findFirst().orElseThrow();
    }

    /** The people in the matrix; none when it is hidden (Karibu finds only visible components). */
    @SuppressWarnings("unchecked")
    private static List<String> names() {
        return _find(Grid.class).stream().filter(grid -> grid.hasClassName("progress-matrix")).findFirst()
                .map(grid -> GridKt._findAll((Grid<PersonRow>) grid).stream().map(PersonRow::name).toList())
                .orElse(List.of());
    }

    private static String row(String name) {
        Grid<PersonRow> grid = grid("progress-matrix");
        int index = GridKt._findAll(grid).stream().map(PersonRow::name).toList().indexOf(name);
        assertThat(index).as(name).isNotNegative();
        return String.join(" | ", GridKt._getFormattedRow(grid, index));
    }

    private static List<String> headers() {
        return headers(grid("progress-matrix"));
    }

    private static List<String> headers(Grid<?> grid) {
        return grid.getColumns().stream().map(column -> column.getHeaderComponent() == null ? column.getHeaderText()
                : column.getHeaderComponent().getElement().getTextRecursively()).toList();
    }

    /** The address the page last wrote into the browser's address bar with history.replaceState. */
    private static String lastUrl() {
        return ((TeamProgressView) currentView()).writtenLocation();
    }
}
