package de.willkommensakademie.language.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.StatementCount;
import de.willkommensakademie.language.Cefr;
import de.willkommensakademie.language.Evidence;
import de.willkommensakademie.language.LanguageCourses;
import de.willkommensakademie.language.LanguageRegister;
import de.willkommensakademie.language.LanguageTargets;
import de.willkommensakademie.language.LevelForm;
import de.willkommensakademie.language.Skill;
import de.willkommensakademie.language.TeamLanguages;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.visibility.PresetSwitch;
import de.willkommensakademie.visibility.VisibilityPreset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 18: "Sprachen im Team" needs a fixed number of SQL statements whatever the size of the team (it needed 46 for
 * the demo team of 17, looking people up one by one). Every tab is opened as a fresh page load, for a team of 5 and
 * then, grown, of 50, under a per-person and a counts-only preset; every member has levels, one of them waiting for
 * verification, and a course request. Statements are counted at the JDBC connection ({@link StatementCount}).
 */
@Import(StatementCount.Config.class)
class TeamLanguagesStatementsTest extends KaribuTest {

    /** The most statements any tab's page load may need, for any team size. */
    static final long MOST = 10;
    private static final List<String> TABS = List.of("coverage", "gaps", "pending", "requests", "courses", "costs");

    @Autowired
    UserDetailsService accounts;
    @Autowired
    LanguageRegister register;
    @Autowired
    LanguageCourses courses;
    @Autowired
    LanguageTargets targets;
    @Autowired
    TeamLanguages team;

    @Test
    void the_team_languages_page_runs_at_most_10_statements_for_a_team_of_5_and_for_a_team_of_50() {
        TestAuthority authority = ownAuthority();
        SignedIn.as(accounts, authority.admin());
        targets.add("front-office", "en", Skill.SPEAKING, Cefr.C1);
        Map<String, Long> five = grownTo(authority, 5);
        Map<String, Long> fifty = grownTo(authority, 50);
        System.out.println("Team languages statements per tab, team of 5: " + five + ", team of 50: " + fifty);
        assertThat(fifty).as("the same for 50 people as for 5").isEqualTo(five);
        assertThat(five.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(MOST));
    }

    /** Grows Team Nord with people who have levels and a course request, then counts each tab's page load. */
    private Map<String, Long> grownTo(TestAuthority authority, int size) {
        List<Person> added = authority.growTeamNord(context, size);
        for (Person person : added) {
            SignedIn.as(accounts, person);
            register.saveLevel(new LevelForm("en", Cefr.B2, null, null, null, null, Evidence.TELC,
                    LocalDate.now().minusMonths(1)));
            register.saveLevel(new LevelForm("fr", Cefr.B1, null, null, null, null, Evidence.SELF_ASSESSMENT,
                    null));
            register.joinPool();
            courses.request("en", Cefr.C1, "Volkshochschule", null);
        }
        SignedIn.as(accounts, authority.manager());
        // half of the new people's English is verified; the rest waits, as does everyone's French
        team.pendingVerifications().stream().filter(level -> level.language().equals("en"))
                .limit(added.size() / 2 + 1).forEach(
                level -> register.verify(level.levelId(), level.version()));
        SignedIn.nobody();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (VisibilityPreset preset : List.of(VisibilityPreset.STATUS_PER_PERSON, VisibilityPreset.TOTALS_ONLY)) {
            PresetSwitch.set(context, authority.id(), preset);
            login(authority.manager());
            for (String tab : TABS) {
                UI.getCurrent().navigate("");
                StatementCount.start();
                UI.getCurrent().navigate("languages/team", QueryParameters.of("tab", tab));
                counts.put(preset + " " + tab, StatementCount.stop());
            }
        }
        return counts;
    }
}
