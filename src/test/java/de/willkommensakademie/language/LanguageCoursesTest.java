package de.willkommensakademie.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.certificate.CertificateKind;
import de.willkommensakademie.certificate.CertificateService;
import de.willkommensakademie.notice.NoticeService;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * A course from request to certificate, with the manager's checks on the way. In authorities of the class's own, so
 * levels, targets and priorities set here reach no other class and coverage counts start at zero.
 */
@SpringBootTest
@ActiveProfiles("test")
class LanguageCoursesTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    LanguageCourses courses;
    @Autowired
    NoticeService notices;
    @Autowired
    CertificateService certificates;
    @Autowired
    ApplicationContext context;

    private TestAuthority authority;
    private TestAuthority other;
    private Person manager;

    @BeforeEach
    void ownAuthorities() {
        authority = TestAuthority.of(context, getClass());
        other = TestAuthority.of(context, getClass(), "b");
        manager = authority.manager();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void requested_approved_planned_completed_and_certified() {
        Person learner = authority.employee();
        SignedIn.as(accounts, learner);
        assertThatThrownBy(() -> courses.request("xx", Cefr.B1, null, null)).isInstanceOf(UserFacingException.class);
        long id = courses.request("en", Cefr.B1, "Volkshochschule", "Für den Servicepoint");
        assertThat(courses.mine()).extracting(CourseRow::status).contains(CourseStatus.REQUESTED);

        SignedIn.as(accounts, manager);
        assertThat(notices.mine()).anyMatch(notice -> notice.messageKey().equals("notice.course-requested")
                && notice.arguments().contains(learner.fullName()));
        CourseRow requested = courses.team().stream().filter(row -> row.id() == id).findFirst().orElseThrow();
        assertThatThrownBy(() -> courses.decide(id, requested.version(), false, " "))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("language.course.error.reason");
        courses.decide(id, requested.version(), true, null);
        long version = version(id);
        assertThatThrownBy(() -> courses.plan(id, version, "VHS", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1),
                40, 30_000L)).hasMessageContaining("language.course.error.dates");
        assertThatThrownBy(() -> courses.plan(id, version, "VHS", null, null, -1, null))
                .hasMessageContaining("language.course.error.hours");
        assertThatThrownBy(() -> courses.plan(id, version, "VHS", null, null, 40, -5L))
                .hasMessageContaining("language.course.error.cost");
        courses.plan(id, version, "Volkshochschule Musterstadt", LocalDate.now().minusMonths(3),
                LocalDate.now().minusDays(1), 40, 32_000L);

        long planned = version(id);
        for (Person stranger : List.of(authority.secondManager(), other.manager())) {
            SignedIn.as(accounts, stranger);
            assertThatThrownBy(() -> courses.complete(id, planned, Cefr.B1, 38))
                    .as("not his team: " + stranger.username()).isInstanceOf(RecordNotFoundException.class);
        }
        SignedIn.as(accounts, learner);
        assertThatThrownBy(() -> courses.complete(id, 0, Cefr.B1, 38)).isInstanceOf(AccessDeniedException.class);

        SignedIn.as(accounts, manager);
        courses.complete(id, version(id), Cefr.B1, 38);
        SignedIn.as(accounts, learner);
        assertThat(courses.mine()).filteredOn(row -> row.id() == id).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(CourseStatus.COMPLETED);
            assertThat(row.levelReached()).isEqualTo(Cefr.B1);
        });
        assertThat(certificates.find("Sprachkurs", Pageable.ofSize(10))).anySatisfy(row -> {
            assertThat(row.kind()).isEqualTo(CertificateKind.LANGUAGE_COURSE);
            assertThat(row.titleDe()).isEqualTo("Sprachkurs Englisch – Niveau B1");
            assertThat(row.titleEn()).isEqualTo("English language course – level B1");
        });
    }

    @Test
    void a_request_says_who_asked_and_when_and_only_the_managers_of_the_persons_teams_see_it() {
        Person requester = authority.buddy();
        SignedIn.as(accounts, requester);
        long id = courses.request("ar", Cefr.A2, null, "Für Gespräche am Schalter");
        SignedIn.as(accounts, authority.outsider());
        courses.request("ar", Cefr.A2, null, "Aus Team Süd");
        SignedIn.as(accounts, authority.englishSpeaker());
        long east = courses.request("ar", Cefr.A2, null, "Aus Team Ost");
        SignedIn.as(accounts, other.employee());
        courses.request("ar", Cefr.A2, null, "Aus einer anderen Behörde");

        SignedIn.as(accounts, manager);
        assertThat(courses.team()).filteredOn(row -> row.id() == id).singleElement().satisfies(row -> {
            assertThat(row.person()).isEqualTo(requester.fullName());
            assertThat(row.requestedOn()).isEqualTo(LocalDate.now());
        });
        assertThat(courses.team()).as("only people of his teams").extracting(CourseRow::person)
                .doesNotContain(authority.outsider().fullName(), authority.englishSpeaker().fullName(),
                        other.employee().fullName());
        for (Person stranger : List.of(authority.secondManager(), other.manager())) {
            SignedIn.as(accounts, stranger);
            assertThat(courses.team()).as(stranger.username() + " does not lead his team")
                    .noneMatch(row -> row.id() == id);
        }
        SignedIn.as(accounts, authority.secondManager());
        assertThat(courses.team()).as("Team Ost's manager sees Team Ost's request").anyMatch(row -> row.id() == east);
    }

    @Test
    void admins_set_targets_per_job_role_and_people_see_their_gap() {
        SignedIn.as(accounts, authority.employee());
        assertThatThrownBy(() -> targets.add("front-office", "en", Skill.SPEAKING, Cefr.B1))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, authority.admin());
        assertThatThrownBy(() -> targets.add("front-office", "xx", null, Cefr.B1))
                .isInstanceOf(UserFacingException.class);
        targets.add("front-office", "en", Skill.WRITING, Cefr.B1);
        assertThatThrownBy(() -> targets.add("front-office", "en", Skill.WRITING, Cefr.B2))
                .as("one target per job role, language and skill").isInstanceOf(UserFacingException.class)
                .hasMessageContaining("language.target.error.exists");
        Person frontOffice = authority.employee();
        SignedIn.as(accounts, frontOffice);
        register.saveLevel(new LevelForm("en", Cefr.B2, null, null, null, Cefr.A2, Evidence.SELF_ASSESSMENT, null));
        assertThat(targets.myGaps()).filteredOn(gap -> gap.target().skill() == Skill.WRITING).singleElement()
                .satisfies(gap -> {
                    assertThat(gap.current()).isEqualTo(Cefr.A2);
                    assertThat(gap.met()).isFalse();
                });
        SignedIn.as(accounts, manager);
        assertThat(teamLanguages.openGaps()).anySatisfy(open -> {
            assertThat(open.person()).isEqualTo(frontOffice.fullName());
            assertThat(open.gap().current()).as("self-reported A2 does not count for the manager").isNull();
        });
        SignedIn.as(accounts, authority.admin());
        List<Long> ours = targets.all().stream().map(Target::id).toList();
        SignedIn.as(accounts, other.admin());
        assertThat(targets.all()).extracting(Target::id).as("another authority's targets")
                .doesNotContainAnyElementsOf(ours);
        priorities.choose(List.of("uk", "ar"));
        assertThat(priorities.current()).containsExactly("uk", "ar");
        assertThatThrownBy(() -> priorities.choose(List.of("xx"))).isInstanceOf(UserFacingException.class);
        SignedIn.as(accounts, authority.admin());
        assertThat(priorities.current()).as("ours keeps the defaults").isEqualTo(Languages.DEFAULT_PRIORITY);
    }

    @Test
    void coverage_counts_verified_levels_and_pooled_first_languages_and_the_exports_read_back() throws Exception {
        // the buddy is the only one of the team with Turkish or Russian, so the counts start at zero
        Person speaker = authority.buddy();
        SignedIn.as(accounts, speaker);
        register.saveLevel(new LevelForm("tr", Cefr.C2, null, null, null, null, Evidence.FIRST_LANGUAGE, null));
        register.saveLevel(new LevelForm("ru", Cefr.B2, null, null, null, null, Evidence.TELC, null));
        SignedIn.as(accounts, manager);
        Coverage unverified = teamLanguages.coverage();
        assertThat(unverified.count("tr", Cefr.B1)).as("first language, not in the pool").isZero();
        assertThat(unverified.count("ru", Cefr.B1)).as("not verified yet").isZero();
        PendingLevel russian = teamLanguages.pendingVerifications().stream()
                .filter(level -> level.person().equals(speaker.fullName()) && level.language().equals("ru"))
                .findFirst().orElseThrow();
        assertThat(teamLanguages.pendingVerifications()).noneMatch(level -> level.person().equals(speaker.fullName())
                && level.language().equals("tr"));
        register.verify(russian.levelId(), russian.version());
        SignedIn.as(accounts, speaker);
        register.joinPool();
        SignedIn.as(accounts, manager);
        Coverage after = teamLanguages.coverage();
        assertThat(after.count("ru", Cefr.B2)).isEqualTo(1);
        assertThat(after.count("ru", Cefr.C1)).isZero();
        assertThat(after.count("tr", Cefr.C2)).isEqualTo(1);
        assertThat(CoverageChart.svg(after, Locale.GERMAN, "Titel", "Beschreibung", "weniger als 5"))
                .startsWith("<svg").contains("Russisch", "<title id=\"coverage-title\">Titel</title>");

        String csv = new String(teamLanguages.coursesCsv(Locale.GERMAN), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("person;language;target_level");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(
                teamLanguages.coursesXlsx(Locale.GERMAN)))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("person");
            assertThat(rows).hasSize(csv.strip().split("\r?\n").length);
        }
        SignedIn.as(accounts, authority.employee());
        assertThatThrownBy(() -> teamLanguages.coverage()).isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    PriorityLanguages priorities;
    @Autowired
    TeamLanguages teamLanguages;
    @Autowired
    LanguageTargets targets;
    @Autowired
    LanguageRegister register;

    private long version(long id) {
        return courses.team().stream().filter(row -> row.id() == id).findFirst().orElseThrow().version();
    }
}
