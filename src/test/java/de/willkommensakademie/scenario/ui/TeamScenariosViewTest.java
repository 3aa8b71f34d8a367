package de.willkommensakademie.scenario.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.TextArea;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.scenario.RolePlayFixtures;
import de.willkommensakademie.scenario.ScenarioLibrary;
import de.willkommensakademie.scenario.ScenarioPlay;
import de.willkommensakademie.visibility.PresetSwitch;
import de.willkommensakademie.visibility.VisibilityPreset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * "Rollenspiele im Team" under the staff-council presets: how many of the manager's teams finished a role-play, with
 * fewer than five shown as such, and never how the endings came out (a result, which managers never see).
 */
class TeamScenariosViewTest extends KaribuTest {

    private static final String FIVE = "Zz Teamrunde mit fünf";
    private static final String TWO = "Zz Teamrunde mit zwei";
    /** Five people of Katrin Vogel's two teams (Servicepoint, Asyl), three of them to a poor ending. */
    private static final List<String> FIVE_PLAYERS = List.of("j.weiss", "s.mueller", "m.kowalski", "n.haddad",
            "s.fischer");
    private static boolean played;

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ScenarioLibrary library;
    @Autowired
    ScenarioPlay play;

    @BeforeEach
    void fivePeoplePlayedOneRolePlayAndTwoTheOther() {
        if (played) {
            return;
        }
        SignedIn.as(accounts, "trainer");
        long five = RolePlayFixtures.published(library, FIVE, "Zz Team round of five");
        long two = RolePlayFixtures.published(library, TWO, "Zz Team round of two");
        for (int i = 0; i < FIVE_PLAYERS.size(); i++) {
            SignedIn.as(accounts, FIVE_PLAYERS.get(i));
            RolePlayFixtures.playTo(play, five, i < 2);
        }
        for (String player : List.of("k.lange", "a.rahimi")) {
            SignedIn.as(accounts, player);
            RolePlayFixtures.playTo(play, two, true);
        }
        SignedIn.nobody();
        played = true;
    }

    @Test
    void under_every_preset_a_manager_sees_five_finished_as_a_number_and_two_as_fewer_than_five() {
        long authority = login("manager").authorityId();
        for (VisibilityPreset preset : VisibilityPreset.values()) {
            try (PresetSwitch ignored = PresetSwitch.to(context, authority, preset)) {
                UI.getCurrent().navigate("scenarios/team");
                assertThat(row(FIVE)).as(preset.name()).containsExactly(FIVE, "5");
                assertThat(row(TWO)).as(preset.name()).containsExactly(TWO, "weniger als 5");
                assertThat(header()).as(preset.name()).containsExactly("Titel", "Personen fertig");
                UI.getCurrent().navigate("");
            }
        }
    }

    @Test
    void how_the_endings_came_out_and_what_anyone_chose_never_show() {
        login("manager");
        UI.getCurrent().navigate("scenarios/team");
        String page = _get(TeamScenariosView.class).getElement().getTextRecursively();
        assertThat(page).doesNotContain("Gutes Ergebnis", "Schlechtes Ergebnis", "Weiß", "Müller", "Haddad")
                .contains("weniger als 5");
        assertThat(_find(TextArea.class)).isEmpty();
    }

    @Test
    void another_teams_manager_does_not_count_these_players() {
        login("c.wagner");
        UI.getCurrent().navigate("scenarios/team");
        assertThat(row(FIVE)).containsExactly(FIVE, "weniger als 5");
    }

    private static List<String> header() {
        NativeTable table = _get(NativeTable.class);
        return table.getHead().getRows().getFirst().getAllCells().stream().map(cell -> cell.getElement().getText())
                .toList();
    }

    private static List<String> row(String title) {
        NativeTable table = _get(NativeTable.class);
        return table.getBody().getRows().stream()
                .map(row -> row.getAllCells().stream().map(cell -> cell.getElement().getText()).toList())
                .filter(cells -> cells.getFirst().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + title));
    }
}
