package de.willkommensakademie.team.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.StatementCount;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.visibility.PresetSwitch;
import de.willkommensakademie.visibility.VisibilityPreset;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/**
 * Issue 18: the team progress page (optimised for issue 12) keeps a fixed number of SQL statements whatever the size
 * of the team: opened for a team of 5 and then, grown, of 50, under each preset. The demo content (modules, role-plays)
 * is assigned as shipped; statements are counted at the JDBC connection ({@link StatementCount}).
 */
@Import(StatementCount.Config.class)
class TeamProgressStatementsTest extends KaribuTest {

    /** The most statements the page load may need, for any team size. */
    static final long MOST = 8;

    @Test
    void the_team_progress_page_runs_at_most_8_statements_for_a_team_of_5_and_for_a_team_of_50() {
        TestAuthority authority = ownAuthority();
        Map<String, Long> five = grownTo(authority, 5);
        Map<String, Long> fifty = grownTo(authority, 50);
        System.out.println("Team progress statements, team of 5: " + five + ", team of 50: " + fifty);
        assertThat(fifty).as("the same for 50 people as for 5").isEqualTo(five);
        assertThat(five.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(MOST));
    }

    private Map<String, Long> grownTo(TestAuthority authority, int size) {
        authority.growTeamNord(context, size);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (VisibilityPreset preset : VisibilityPreset.values()) {
            PresetSwitch.set(context, authority.id(), preset);
            login(authority.manager());
            UI.getCurrent().navigate("");
            MockVaadin.clientRoundtrip(false);
            StatementCount.start();
            UI.getCurrent().navigate(TeamProgressView.ROUTE);
            // what the grid or lazy parts fetch before the browser gets the page
            MockVaadin.clientRoundtrip(false);
            counts.put(preset.name(), StatementCount.stop());
        }
        return counts;
    }
}
