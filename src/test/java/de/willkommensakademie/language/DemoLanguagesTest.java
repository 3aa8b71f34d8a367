package de.willkommensakademie.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import de.willkommensakademie.SignedIn;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo data fills every language screen with something real in both authorities. Other tests share this
 * database and may add to it, so only what the demo promises is checked, never exact totals.
 */
@SpringBootTest
@ActiveProfiles("test")
class DemoLanguagesTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    TeamLanguages team;
    @Autowired
    LanguageCourses courses;
    @Autowired
    LanguageRegister register;
    @Autowired
    LanguageTargets targets;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void the_managers_coverage_shows_english_widely_and_the_other_priority_languages() {
        SignedIn.as(accounts, "manager");
        Coverage coverage = team.coverage();
        assertThat(coverage.count("en", Cefr.B1)).isGreaterThanOrEqualTo(5);
        assertThat(coverage.count("ar", Cefr.B1)).isGreaterThanOrEqualTo(1);
        assertThat(coverage.count("fa-AF", Cefr.B1)).isGreaterThanOrEqualTo(1);
        assertThat(coverage.count("ru", Cefr.B1)).isGreaterThanOrEqualTo(1);
        assertThat(coverage.count("uk", Cefr.A2)).isGreaterThanOrEqualTo(1);
        assertThat(coverage.count("tr", Cefr.A2)).isGreaterThanOrEqualTo(1);
        assertThat(team.pendingVerifications()).as("one level waits for the manager")
                .anyMatch(level -> level.person().equals("Aylin Demir") && level.language().equals("en"));
        assertThat(team.openGaps()).as("targets per job role make gaps show").anySatisfy(open -> {
            assertThat(open.person()).isEqualTo("Jürgen Weiß");
            assertThat(open.gap().target().skill()).isEqualTo(Skill.SPEAKING);
            assertThat(open.gap().current()).isEqualTo(Cefr.A2);
        });
        SignedIn.as(accounts, "admin2");
        assertThat(team.coverage().count("en", Cefr.B1)).as("the second authority too").isGreaterThanOrEqualTo(2);
        assertThat(targets.all()).isNotEmpty();
    }

    @Test
    void courses_in_every_state_with_hours_and_costs_per_year() {
        SignedIn.as(accounts, "manager");
        List<CourseRow> mine = courses.team();
        assertThat(mine).anySatisfy(course -> {
            assertThat(course.person()).isEqualTo("Jürgen Weiß");
            assertThat(course.status()).isEqualTo(CourseStatus.REQUESTED);
            assertThat(course.requestedOn()).isBefore(LocalDate.now());
        });
        assertThat(mine).anySatisfy(course -> {
            assertThat(course.person()).isEqualTo("Dragan Petrović");
            assertThat(course.status()).isEqualTo(CourseStatus.RUNNING);
            assertThat(course.hoursPlanned()).isEqualTo(80);
            assertThat(course.costCents()).isEqualTo(640_00L);
        });
        assertThat(mine).anyMatch(course -> course.person().equals("Ahmad Rahimi")
                && course.status() == CourseStatus.PLANNED);
        assertThat(mine).anyMatch(course -> course.person().equals("Sabine Fischer")
                && course.status() == CourseStatus.COMPLETED && course.levelReached() == Cefr.C1
                && course.hoursAttended() == 56);
        List<YearTotal> years = team.yearTotals();
        assertThat(years).isNotEmpty();
        assertThat(years.stream().mapToLong(YearTotal::costCents).sum()).isGreaterThanOrEqualTo(
                640_00L + 450_00L + 890_00L + 320_00L);
        assertThat(years.stream().mapToLong(YearTotal::hoursAttended).sum()).isGreaterThanOrEqualTo(56 + 38);

        SignedIn.as(accounts, "c.wagner");
        assertThat(courses.team()).extracting(CourseRow::status).contains(CourseStatus.DROPPED,
                CourseStatus.DECLINED);
        SignedIn.as(accounts, "admin2");
        assertThat(courses.team()).extracting(CourseRow::person, CourseRow::status).contains(
                Tuple.tuple("Martin Koch", CourseStatus.REQUESTED),
                Tuple.tuple("Martin Koch", CourseStatus.COMPLETED));
        assertThat(jdbc.queryForObject("select count(*) from certificate where title_de like 'Sprachkurs%'",
                Long.class)).as("completed demo courses were certified the normal way").isGreaterThanOrEqualTo(3);
    }

    @Test
    void the_pool_has_volunteers_in_each_authority_and_first_languages_only_of_people_who_joined_it() {
        SignedIn.as(accounts, "j.weiss");
        List<PoolEntry> musterstadt = register.pool(null, null);
        assertThat(musterstadt).extracting(PoolEntry::name).contains("Nadia Haddad", "Ahmad Rahimi",
                "Hüseyin Öztürk", "Elif Şahin").doesNotContain("Emine Kaya");
        assertThat(musterstadt).extracting(PoolEntry::language).contains("ar", "fa-AF", "tr", "en");
        SignedIn.as(accounts, "m.koch");
        assertThat(register.pool(null, null)).extracting(PoolEntry::name).contains("Emine Kaya")
                .doesNotContain("Nadia Haddad");

        List<String> withFirstLanguage = jdbc.queryForList("""
                select e.username from language_level l join employee e on e.id = l.employee_id
                where l.first_language and e.username in ('n.haddad', 'a.rahimi', 'h.oeztuerk', 'e.sahin',
                  'l.zimmermann-oberhausen', 'j.hartmann', 'd.petrovic', 'c.wagner', 'manager', 'admin', 'trainer',
                  'r.schaefer', 's.fischer', 'd.wisniewski', 'v.rossi', 'b.kraemer', 'm.koch', 'admin2', 'j.weiss')
                """, String.class);
        assertThat(withFirstLanguage).as("voluntary: only a few, all in the pool")
                .containsExactlyInAnyOrder("n.haddad", "a.rahimi", "h.oeztuerk");
        assertThat(jdbc.queryForObject("""
                select count(*) from language_level l join employee e on e.id = l.employee_id
                where l.first_language and e.username in ('n.haddad', 'a.rahimi', 'h.oeztuerk')
                  and l.employee_id not in (select employee_id from language_pool_member)""", Long.class))
                .isZero();
    }
}
