package de.willkommensakademie.language.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;

import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.StatementCount;
import de.willkommensakademie.TeamPageStatements;
import de.willkommensakademie.language.Cefr;
import de.willkommensakademie.language.Evidence;
import de.willkommensakademie.language.LanguageRegister;
import de.willkommensakademie.language.LevelForm;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 18: the language pool ("who can help in Arabic now") needs a fixed number of SQL statements however many
 * people joined it; it named every entry with a lookup of its own (person, authority, team, managers, job role and the
 * team's name). Opened with the whole pool showing, for a pool grown from about 5 to 50 people with two languages
 * each ({@link TeamPageStatements}); levels are read without their evidence files.
 */
@Import(StatementCount.Config.class)
class LanguagePoolStatementsTest extends KaribuTest {

    /** The most statements the page load may need, for any size of the pool. */
    static final long MOST = 5;

    @Autowired
    UserDetailsService accounts;
    @Autowired
    LanguageRegister register;

    @Test
    void the_language_pool_runs_at_most_5_statements_for_5_and_for_50_people_in_it() {
        TestAuthority authority = ownAuthority();
        TeamPageStatements.of(this, authority).opening("languages/pool")
                .withRows(added -> {
                    for (Person person : added) {
                        SignedIn.as(accounts, person);
                        register.saveLevel(new LevelForm("ar", Cefr.B2, null, null, null, null,
                                Evidence.SELF_ASSESSMENT, null));
                        register.saveLevel(new LevelForm("tr", Cefr.C1, null, null, null, null,
                                Evidence.SELF_ASSESSMENT, null));
                        register.joinPool();
                    }
                })
                .assertSameForSizesAndAtMost(MOST, 5, 50);
        Pattern document = Pattern.compile("\\bdocument\\b");
        assertThat(StatementCount.sql()).as("the page's statements")
                .anyMatch(sql -> sql.toLowerCase(Locale.ROOT).contains("language_level"))
                .noneMatch(sql -> document.matcher(sql.toLowerCase(Locale.ROOT)).find());
    }
}
