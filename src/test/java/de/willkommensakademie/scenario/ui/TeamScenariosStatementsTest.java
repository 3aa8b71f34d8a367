package de.willkommensakademie.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.StatementCount;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.scenario.RolePlayFixtures;
import de.willkommensakademie.scenario.ScenarioLibrary;
import de.willkommensakademie.scenario.ScenarioPlay;
import de.willkommensakademie.visibility.PresetSwitch;
import de.willkommensakademie.visibility.VisibilityPreset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 18: "Rollenspiele im Team" needs a fixed number of SQL statements whatever the size of the team. The page is
 * opened for a team of 5 and then, grown, of 50, every new member having played a role-play to its end, under a
 * per-person and a counts-only preset. Statements are counted at the JDBC connection ({@link StatementCount}).
 */
@Import(StatementCount.Config.class)
class TeamScenariosStatementsTest extends KaribuTest {

    /** The most statements the page load may need, for any team size. */
    static final long MOST = 7;

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ScenarioLibrary library;
    @Autowired
    ScenarioPlay play;

    @Test
    void the_team_role_plays_page_runs_at_most_7_statements_for_a_team_of_5_and_for_a_team_of_50() {
        TestAuthority authority = ownAuthority();
        SignedIn.as(accounts, authority.trainer());
        long rolePlay = RolePlayFixtures.published(library, "Zz Teamgröße", "Zz Team size");
        Map<String, Long> five = grownTo(authority, 5, rolePlay);
        Map<String, Long> fifty = grownTo(authority, 50, rolePlay);
        System.out.println("Team role-plays statements, team of 5: " + five + ", team of 50: " + fifty);
        assertThat(fifty).as("the same for 50 people as for 5").isEqualTo(five);
        assertThat(five.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(MOST));
    }

    /** Grows Team Nord with people who played the role-play, then counts the page load per preset. */
    private Map<String, Long> grownTo(TestAuthority authority, int size, long rolePlay) {
        List<Person> added = authority.growTeamNord(context, size);
        for (int i = 0; i < added.size(); i++) {
            SignedIn.as(accounts, added.get(i));
            RolePlayFixtures.playTo(play, rolePlay, i % 3 != 0);
        }
        SignedIn.nobody();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (VisibilityPreset preset : List.of(VisibilityPreset.STATUS_PER_PERSON, VisibilityPreset.TOTALS_ONLY)) {
            PresetSwitch.set(context, authority.id(), preset);
            login(authority.manager());
            UI.getCurrent().navigate("");
            MockVaadin.clientRoundtrip(false);
            StatementCount.start();
            UI.getCurrent().navigate("scenarios/team");
            // what the grid or lazy parts fetch before the browser gets the page
            MockVaadin.clientRoundtrip(false);
            counts.put(preset.name(), StatementCount.stop());
        }
        return counts;
    }
}
