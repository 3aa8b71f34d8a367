package de.willkommensakademie.language.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.language.Cefr;
import de.willkommensakademie.language.CourseRow;
import de.willkommensakademie.language.CourseStatus;
import de.willkommensakademie.language.Evidence;
import de.willkommensakademie.language.LanguageCourses;
import de.willkommensakademie.language.LanguageRegister;
import de.willkommensakademie.language.LanguageTargets;
import de.willkommensakademie.language.LevelForm;
import de.willkommensakademie.language.PendingLevel;
import de.willkommensakademie.language.Skill;
import de.willkommensakademie.language.TeamLanguages;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.visibility.PresetSwitch;
import de.willkommensakademie.visibility.VisibilityPreset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * "Sprachen im Team" under the staff-council presets: names and levels per person where verified language levels are
 * shown per person; under totals only counts from five people, no past course and no export, while deciding and
 * planning courses (the manager's own workflow) stays. In an authority of the class's own whose manager leads Team
 * Nord and Team Ost: five people with verified English B2, a speaking target of C1 for the front office, a course
 * completed at C1 and one approved but not planned yet. Each test sets the preset it reads; nothing is put back.
 */
class TeamLanguagesPresetTest extends KaribuTest {

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

    private static boolean recorded;
    private TestAuthority authority;

    @BeforeEach
    void levelsTargetsAndCourses() {
        authority = ownAuthority();
        if (recorded) {
            return;
        }
        authority.managerLeadsTeamOstToo(context);
        for (Person person : authority.managersFive()) {
            SignedIn.as(accounts, person);
            register.saveLevel(new LevelForm("en", Cefr.B2, null, null, null, null, Evidence.TELC,
                    LocalDate.now().minusMonths(1)));
        }
        SignedIn.as(accounts, authority.manager());
        List<PendingLevel> pending = team.pendingVerifications();
        assertThat(pending).as("the five of his teams").hasSize(5);
        pending.forEach(level -> register.verify(level.levelId(), level.version()));
        SignedIn.as(accounts, authority.admin());
        targets.add("front-office", "en", Skill.SPEAKING, Cefr.C1);

        SignedIn.as(accounts, authority.buddy());
        long completed = courses.request("en", Cefr.C1, "Volkshochschule", null);
        SignedIn.as(accounts, authority.englishSpeaker());
        long approved = courses.request("en", Cefr.C1, "Volkshochschule", null);
        SignedIn.as(accounts, authority.manager());
        courses.decide(completed, version(completed), true, null);
        courses.decide(approved, version(approved), true, null);
        courses.plan(completed, version(completed), "Volkshochschule", LocalDate.now().minusMonths(3),
                LocalDate.now().minusDays(1), 40, 32_000L);
        courses.complete(completed, version(completed), Cefr.C1, 38);
        SignedIn.nobody();
        recorded = true;
    }

    private long version(long course) {
        return courses.team().stream().filter(row -> row.id() == course).findFirst().orElseThrow().version();
    }

    @AfterEach
    void nobody() {
        SignedIn.nobody();
    }

    @Test
    void where_levels_show_per_person_the_manager_sees_names_levels_past_courses_and_the_export() {
        String learner = authority.buddy().fullName();
        for (VisibilityPreset preset : List.of(VisibilityPreset.STATUS_PER_PERSON, VisibilityPreset.MANDATORY_ONLY)) {
            PresetSwitch.set(context, authority.id(), preset);
            login(authority.manager());
            UI.getCurrent().navigate("languages/team");
            assertThat(coverage("Englisch").get(3)).as(preset + ": B1+ in English").isEqualTo("5");
            openTab("Offene Ziele");
            assertThat(items()).as(preset.name())
                    .anyMatch(text -> text.startsWith(authority.employee().fullName() + ": Englisch"));
            openTab("Kurse");
            assertThat(items()).as(preset.name())
                    .anyMatch(text -> text.startsWith(learner + ": Englisch C1") && text.contains("C1"));
            openTab("Stunden und Kosten");
            assertThat(_find(Anchor.class).stream().map(Anchor::getText)).as(preset.name())
                    .contains("Kurse als CSV", "Kurse als XLSX");
            UI.getCurrent().navigate("");
        }
    }

    @Test
    void under_totals_only_the_manager_sees_counts_from_five_people_and_no_name_beside_a_level() {
        PresetSwitch.set(context, authority.id(), VisibilityPreset.TOTALS_ONLY);
        login(authority.manager());
        UI.getCurrent().navigate("languages/team");
        List<String> english = coverage("Englisch");
        // five people with English B2 (verified): counted at B1, and nobody at C2 shows as fewer than five
        assertThat(english.get(3)).isEqualTo("5");
        assertThat(english.get(6)).isEqualTo("weniger als 5");
        assertThat(paragraphs()).anyMatch(text -> text.contains("nur als Anzahlen"));

        openTab("Offene Ziele");
        assertThat(items()).noneMatch(text -> text.contains(authority.employee().fullName()))
                .anyMatch(text -> text.startsWith("Englisch (Sprechen) – Ziel C1: ") && text.endsWith("Personen"));

        openTab("Kurse");
        assertThat(items()).noneMatch(text -> text.startsWith(authority.buddy().fullName()));
        assertThat(paragraphs()).anyMatch(text -> text.startsWith("Abgeschlossene, abgebrochene und abgelehnte "
                + "Kurse nennen die Person und die erreichte Stufe."));
        assertThat(_find(H4.class).stream().map(H4::getText)).as("planning a course is the manager's own work")
                .contains(authority.englishSpeaker().fullName());

        openTab("Stunden und Kosten");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).doesNotContain("Kurse als CSV",
                "Kurse als XLSX");
        String years = _get(NativeTable.class).getElement().getTextRecursively();
        assertThat(years).contains("weniger als 5 Personen");
    }

    @Test
    void under_totals_only_the_services_give_managers_no_name_beside_a_level() {
        PresetSwitch.set(context, authority.id(), VisibilityPreset.TOTALS_ONLY);
        SignedIn.as(accounts, authority.manager());
        assertThatThrownBy(() -> team.openGaps()).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> team.coursesCsv(Locale.GERMAN)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> team.coursesXlsx(Locale.GERMAN)).isInstanceOf(UserFacingException.class);
        assertThat(courses.team()).extracting(CourseRow::status).as("the approved course, not planned yet, only")
                .containsExactly(CourseStatus.PLANNED);
        assertThat(team.openGapCounts()).isNotEmpty().allSatisfy(gap -> assertThat(gap.people().fewerThanMin()
                || gap.people().value() >= 5).isTrue());
    }

    private static List<String> coverage(String language) {
        return _get(NativeTable.class).getBody().getRows().stream()
                .map(row -> row.getAllCells().stream().map(cell -> cell.getElement().getText()).toList())
                .filter(cells -> cells.getFirst().equals(language)).findFirst().orElseThrow();
    }

    private static List<String> items() {
        return _find(ListItem.class).stream().map(item -> item.getElement().getTextRecursively()).toList();
    }

    private static List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    private static void openTab(String label) {
        Tab tab = _get(Tab.class, spec -> spec.withPredicate(candidate -> candidate.getLabel().equals(label)
                || candidate.getLabel().startsWith(label + " (")));
        _get(TabSheet.class).setSelectedTab(tab);
        MockVaadin.clientRoundtrip(false);
    }
}
