package de.willkommensakademie.language.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.vaadin.flow.router.QueryParameters;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.StatementCount;
import de.willkommensakademie.TeamPageStatements;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 18: "Sprachen im Team" needs a fixed number of SQL statements whatever the size of the team (it needed 46 for
 * the demo team of 17, looking people up one by one). Every tab is opened as a fresh page load, for a team of 5 and
 * then, grown, of 50, under a per-person and a counts-only preset; every member has levels, one of them waiting for
 * verification, and a course request ({@link TeamPageStatements}).
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
        TeamPageStatements page = TeamPageStatements.of(this, authority);
        for (String tab : TABS) {
            page.opening(tab, "languages/team", QueryParameters.of("tab", tab));
        }
        page.withRows(added -> withLevelsAndRequests(authority, added)).assertSameForSizesAndAtMost(MOST, 5, 50);
        // levels are listed without their evidence files (up to 5 MB each; the entity would load them)
        Pattern document = Pattern.compile("\\bdocument\\b");
        assertThat(StatementCount.sql()).as("the last tab's statements")
                .anyMatch(sql -> sql.toLowerCase(Locale.ROOT).contains("language_level"))
                .noneMatch(sql -> document.matcher(sql.toLowerCase(Locale.ROOT)).find());
    }

    /** Gives the added people levels and a course request; the manager verifies about half of their English. */
    private void withLevelsAndRequests(TestAuthority authority, List<Person> added) {
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
    }
}
