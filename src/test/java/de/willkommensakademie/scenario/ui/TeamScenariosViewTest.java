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
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
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
 * fewer than five shown as such, and never how the endings came out (a result, which managers never see). In an
 * authority of the class's own whose manager leads Team Nord and Team Ost (five people); its presets are set there and
 * nothing is put back.
 */
class TeamScenariosViewTest extends KaribuTest {

    private static final String FIVE = "Zz Teamrunde mit fünf";
    private static final String TWO = "Zz Teamrunde mit zwei";
    private static boolean played;

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ScenarioLibrary library;
    @Autowired
    ScenarioPlay play;

    private TestAuthority authority;

    /** The five people of the manager's two teams played one role-play, three to a poor ending; two the other. */
    @BeforeEach
    void fivePeoplePlayedOneRolePlayAndTwoTheOther() {
        authority = ownAuthority();
        if (played) {
            return;
        }
        authority.managerLeadsTeamOstToo(context);
        SignedIn.as(accounts, authority.trainer());
        long five = RolePlayFixtures.published(library, FIVE, "Zz Team round of five");
        long two = RolePlayFixtures.published(library, TWO, "Zz Team round of two");
        List<Person> fivePlayers = authority.managersFive();
        for (int i = 0; i < fivePlayers.size(); i++) {
            SignedIn.as(accounts, fivePlayers.get(i));
            RolePlayFixtures.playTo(play, five, i < 2);
        }
        for (Person player : List.of(authority.employee(), authority.buddy())) {
            SignedIn.as(accounts, player);
            RolePlayFixtures.playTo(play, two, true);
        }
        SignedIn.nobody();
        played = true;
    }

    @Test
    void under_every_preset_a_manager_sees_five_finished_as_a_number_and_two_as_fewer_than_five() {
        login(authority.manager());
        for (VisibilityPreset preset : VisibilityPreset.values()) {
            PresetSwitch.set(context, authority.id(), preset);
            UI.getCurrent().navigate("scenarios/team");
            assertThat(row(FIVE)).as(preset.name()).containsExactly(FIVE, "5");
            assertThat(row(TWO)).as(preset.name()).containsExactly(TWO, "weniger als 5");
            assertThat(header()).as(preset.name()).containsExactly("Titel", "Personen fertig");
            UI.getCurrent().navigate("");
        }
    }

    @Test
    void how_the_endings_came_out_and_what_anyone_chose_never_show() {
        login(authority.manager());
        UI.getCurrent().navigate("scenarios/team");
        String page = _get(TeamScenariosView.class).getElement().getTextRecursively();
        assertThat(page).doesNotContain("Gutes Ergebnis", "Schlechtes Ergebnis").contains("weniger als 5");
        for (Person player : authority.managersFive()) {
            assertThat(page).doesNotContain(player.firstName(), player.lastName());
        }
        assertThat(_find(TextArea.class)).isEmpty();
    }

    @Test
    void another_teams_manager_does_not_count_these_players() {
        login(authority.secondManager());
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
