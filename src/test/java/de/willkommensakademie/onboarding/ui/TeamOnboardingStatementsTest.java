package de.willkommensakademie.onboarding.ui;

import java.time.LocalDate;

import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.StatementCount;
import de.willkommensakademie.TeamPageStatements;
import de.willkommensakademie.onboarding.Onboarding;
import de.willkommensakademie.onboarding.TeamOnboardingRow;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.visibility.PresetSwitch;
import de.willkommensakademie.visibility.VisibilityPreset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 18: "Einarbeitung im Team" needs a fixed number of SQL statements whatever the size of the team (it needed 19
 * for the demo team of 17, naming people one by one). The page is opened for a team of 5 and then, grown, of 50, every
 * member with a checklist and a buddy, under a per-person and a counts-only preset ({@link TeamPageStatements}).
 */
@Import(StatementCount.Config.class)
class TeamOnboardingStatementsTest extends KaribuTest {

    /** The most statements the page load may need, for any team size. */
    static final long MOST = 9;

    @Autowired
    UserDetailsService accounts;
    @Autowired
    Onboarding onboarding;

    @Test
    void the_team_onboarding_page_runs_at_most_9_statements_for_a_team_of_5_and_for_a_team_of_50() {
        TestAuthority authority = ownAuthority();
        TeamPageStatements.of(this, authority).opening("onboarding/team")
                .withRows(added -> {
                    // the manager sees whom to give a buddy only per person
                    PresetSwitch.set(context, authority.id(), VisibilityPreset.STATUS_PER_PERSON);
                    SignedIn.as(accounts, authority.manager());
                    for (Person person : added) {
                        onboarding.start(person.id(), LocalDate.now().minusDays(10));
                    }
                    for (TeamOnboardingRow row : onboarding.team()) {
                        if (row.buddy() == null) {
                            onboarding.chooseBuddy(row.checklistId(), row.version(), authority.buddy().id());
                        }
                    }
                })
                .assertSameForSizesAndAtMost(MOST, 5, 50);
    }
}
