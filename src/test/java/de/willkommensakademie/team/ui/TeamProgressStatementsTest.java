package de.willkommensakademie.team.ui;

import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.StatementCount;
import de.willkommensakademie.TeamPageStatements;
import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.AssignmentTarget;
import de.willkommensakademie.learning.Assignments;
import de.willkommensakademie.learning.MyLearning;
import de.willkommensakademie.learning.ProgressFacts;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.scenario.RolePlayFixtures;
import de.willkommensakademie.scenario.ScenarioLibrary;
import de.willkommensakademie.scenario.ScenarioPlay;
import de.willkommensakademie.visibility.VisibilityPreset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 18: the team progress page (optimised for issue 12) keeps a fixed number of SQL statements whatever the size
 * of the team, under each preset ({@link TeamPageStatements}). Team Nord has a module and a role-play assigned, so the
 * statuses' reads per kind of content (titles and progress of modules and of role-plays) are counted too: the
 * benchmark's team of 20 had only modules assigned and needed two statements fewer than the team of 300, which had
 * both. Sizes: 5, 50, and one more than {@link ProgressFacts#MAX_LISTED_PEOPLE}, where the statuses stop naming the
 * people and read the whole authority's assignments and progress instead.
 */
@Import(StatementCount.Config.class)
class TeamProgressStatementsTest extends KaribuTest {

    /** The most statements the page load may need, for any team size. */
    static final long MOST = 11;
    /** Only the first people added get progress; the rest are there for the team's size. */
    private static final int WITH_PROGRESS = 50;

    @Autowired
    UserDetailsService accounts;
    @Autowired
    Assignments assignments;
    @Autowired
    MyLearning learning;
    @Autowired
    ScenarioLibrary library;
    @Autowired
    ScenarioPlay play;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_team_progress_page_runs_at_most_11_statements_for_teams_of_5_50_and_1001_with_modules_and_role_plays() {
        TestAuthority authority = ownAuthority();
        long module = jdbc.queryForObject(
                "select id from learning_module where module_key = 'de-escalation-safety' and authority_id is null",
                Long.class);
        SignedIn.as(accounts, authority.trainer());
        long rolePlay = RolePlayFixtures.published(library, "Zz Fortschritt", "Zz Progress");
        assignments.assign(module, AssignmentTarget.TEAM, authority.teamId(), true, null, 14);
        assignments.assign(AssignedKind.ROLE_PLAY, rolePlay, AssignmentTarget.TEAM, authority.teamId(), false, null,
                null, null);
        int[] given = {0};
        TeamPageStatements.of(this, authority)
                .opening(TeamProgressView.ROUTE)
                .underPresets(VisibilityPreset.values())
                .withRows(added -> {
                    for (Person person : added) {
                        if (given[0]++ >= WITH_PROGRESS) {
                            return;
                        }
                        SignedIn.as(accounts, person);
                        learning.open(module);
                        if (given[0] % 2 == 0) {
                            RolePlayFixtures.playTo(play, rolePlay, given[0] % 4 == 0);
                        }
                    }
                })
                .assertSameForSizesAndAtMost(MOST, 5, 50, ProgressFacts.MAX_LISTED_PEOPLE + 1);
    }
}
