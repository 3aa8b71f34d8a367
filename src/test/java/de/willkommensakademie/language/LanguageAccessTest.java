package de.willkommensakademie.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link LanguageAccess} as the rule it guards: a course or level of another authority or of another manager's team
 * reads as not found, and a manager's list and a single record agree (also for a first language, which the manager
 * sees and verifies only once the person joined the pool).
 */
@SpringBootTest
@ActiveProfiles("test")
class LanguageAccessTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    LanguageCourses courses;
    @Autowired
    LanguageRegister register;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void another_authoritys_course_and_level_read_as_not_found() {
        long kevin = SignedIn.as(accounts, "k.lange").accountId();
        long course = courses.request("fr", Cefr.A2, null, "Für den Schalter");
        long level = level("k.lange", "it", Evidence.TELC);

        SignedIn.as(accounts, "admin2");
        assertThatThrownBy(() -> courses.decide(course, version("language_course", course), true, null))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> courses.drop(course, version("language_course", course), null))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(courses.team()).noneMatch(row -> row.id() == course);
        assertThatThrownBy(() -> register.verify(level, version("language_level", level)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> register.levelsOf(kevin)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> register.verifiedLevelsOf(kevin)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void another_teams_course_and_level_read_as_not_found_for_a_manager() {
        long kevin = SignedIn.as(accounts, "k.lange").accountId();
        long course = courses.request("es", Cefr.A1, null, null);
        long level = level("k.lange", "pt", Evidence.IN_HOUSE_TEST);

        SignedIn.as(accounts, "c.wagner");
        assertThatThrownBy(() -> courses.decide(course, version("language_course", course), true, null))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(courses.team()).noneMatch(row -> row.id() == course);
        assertThatThrownBy(() -> register.verify(level, version("language_level", level)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> register.verifiedLevelsOf(kevin)).isInstanceOf(RecordNotFoundException.class);

        SignedIn.as(accounts, "manager");
        assertThat(courses.team()).anySatisfy(row -> assertThat(row.id()).isEqualTo(course));
        courses.decide(course, version("language_course", course), true, null);
        register.verify(level, version("language_level", level));
        assertThat(register.verifiedLevelsOf(kevin)).extracting(LevelRow::language).contains("pt");
    }

    @Test
    void a_first_language_is_verified_by_the_manager_only_once_the_person_joined_the_pool() {
        SignedIn.as(accounts, "s.mueller");
        register.leavePool(); // out of the pool, whatever other tests did
        long level = level("s.mueller", "el", Evidence.FIRST_LANGUAGE);
        long sophie = jdbc.queryForObject("select id from employee where username = 's.mueller'", Long.class);

        SignedIn.as(accounts, "manager");
        assertThat(register.levelsOf(sophie)).extracting(LevelRow::id).doesNotContain(level);
        assertThatThrownBy(() -> register.verify(level, version("language_level", level)))
                .isInstanceOf(RecordNotFoundException.class);

        SignedIn.as(accounts, "s.mueller");
        register.joinPool();
        SignedIn.as(accounts, "manager");
        assertThat(register.levelsOf(sophie)).extracting(LevelRow::id).contains(level);
        register.verify(level, version("language_level", level));

        SignedIn.as(accounts, "s.mueller");
        register.leavePool();
    }

    /** Saves a level as that person and returns its id. */
    private long level(String username, String language, Evidence evidence) {
        SignedIn.as(accounts, username);
        register.saveLevel(new LevelForm(language, Cefr.B1, null, null, Cefr.B1, null, evidence,
                LocalDate.now().minusMonths(1)));
        return register.myLevels().stream().filter(row -> row.language().equals(language)).findFirst().orElseThrow()
                .id();
    }

    private long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }
}
