package de.willkommensakademie.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link LanguageAccess} as the rule it guards: a course or level of another authority or of another manager's team
 * reads as not found, and a manager's list and a single record agree (also for a first language, which the manager
 * sees and verifies only once the person joined the pool). Courses and levels of people of the class's own authority;
 * "another authority" is a further one, "another team's manager" the authority's second manager.
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
    @Autowired
    ApplicationContext context;

    TestAuthority authority;

    @BeforeEach
    void ownAuthority() {
        authority = TestAuthority.of(context, getClass());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void another_authoritys_course_and_level_read_as_not_found() {
        Person person = authority.employee();
        long kevin = SignedIn.as(accounts, person).accountId();
        long course = courses.request("fr", Cefr.A2, null, "Für den Schalter");
        long level = level(person, "it", Evidence.TELC);

        SignedIn.as(accounts, TestAuthority.of(context, getClass(), "b").manager());
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
        Person person = authority.employee();
        long kevin = SignedIn.as(accounts, person).accountId();
        long course = courses.request("es", Cefr.A1, null, null);
        long level = level(person, "pt", Evidence.IN_HOUSE_TEST);

        SignedIn.as(accounts, authority.secondManager());
        assertThatThrownBy(() -> courses.decide(course, version("language_course", course), true, null))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(courses.team()).noneMatch(row -> row.id() == course);
        assertThatThrownBy(() -> register.verify(level, version("language_level", level)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> register.verifiedLevelsOf(kevin)).isInstanceOf(RecordNotFoundException.class);

        SignedIn.as(accounts, authority.manager());
        assertThat(courses.team()).anySatisfy(row -> assertThat(row.id()).isEqualTo(course));
        courses.decide(course, version("language_course", course), true, null);
        register.verify(level, version("language_level", level));
        assertThat(register.verifiedLevelsOf(kevin)).extracting(LevelRow::language).contains("pt");
    }

    @Test
    void a_first_language_is_verified_by_the_manager_only_once_the_person_joined_the_pool() {
        Person person = authority.buddy();
        long level = level(person, "el", Evidence.FIRST_LANGUAGE);
        long sophie = person.id();

        SignedIn.as(accounts, authority.manager());
        assertThat(register.levelsOf(sophie)).extracting(LevelRow::id).doesNotContain(level);
        assertThatThrownBy(() -> register.verify(level, version("language_level", level)))
                .isInstanceOf(RecordNotFoundException.class);

        SignedIn.as(accounts, person);
        register.joinPool();
        SignedIn.as(accounts, authority.manager());
        assertThat(register.levelsOf(sophie)).extracting(LevelRow::id).contains(level);
        register.verify(level, version("language_level", level));
    }

    /** Saves a level as that person and returns its id. */
    private long level(Person person, String language, Evidence evidence) {
        SignedIn.as(accounts, person);
        register.saveLevel(new LevelForm(language, Cefr.B1, null, null, Cefr.B1, null, evidence,
                LocalDate.now().minusMonths(1)));
        return register.myLevels().stream().filter(row -> row.language().equals(language)).findFirst().orElseThrow()
                .id();
    }

    private long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }
}
