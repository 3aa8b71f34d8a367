package de.willkommensakademie.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.StatementCount;
import de.willkommensakademie.TeamPageStatements;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.scenario.RolePlayFixtures;
import de.willkommensakademie.scenario.ScenarioLibrary;
import de.willkommensakademie.scenario.ScenarioPlay;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 18: "Rollenspiele im Team" needs a fixed number of SQL statements whatever the size of the team. The page is
 * opened for a team of 5 and then, grown, of 50, every new member having played a role-play to its end, under a
 * per-person and a counts-only preset ({@link TeamPageStatements}); no statement reads the attempts' transcripts.
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
        TeamPageStatements.of(this, authority).opening("scenarios/team")
                .withRows(added -> {
                    for (int i = 0; i < added.size(); i++) {
                        SignedIn.as(accounts, added.get(i));
                        RolePlayFixtures.playTo(play, rolePlay, i % 3 != 0);
                    }
                })
                .assertSameForSizesAndAtMost(MOST, 5, 50);
        // the team's finishes are read without the transcripts (the page once read every attempt of the authority)
        assertThat(StatementCount.sql()).isNotEmpty().noneMatch(sql -> sql.contains("transcript"));
    }
}
