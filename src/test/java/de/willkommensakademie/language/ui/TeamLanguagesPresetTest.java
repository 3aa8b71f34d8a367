package de.willkommensakademie.language.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import de.willkommensakademie.language.CourseRow;
import de.willkommensakademie.language.CourseStatus;
import de.willkommensakademie.language.LanguageCourses;
import de.willkommensakademie.language.TeamLanguages;
import de.willkommensakademie.visibility.PresetSwitch;
import de.willkommensakademie.visibility.VisibilityPreset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * "Sprachen im Team" under the staff-council presets: names and levels per person where verified language levels are
 * shown per person; under totals only counts from five people, no past course and no export, while deciding and
 * planning courses (the manager's own workflow) stays.
 */
class TeamLanguagesPresetTest extends KaribuTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    TeamLanguages team;
    @Autowired
    LanguageCourses courses;

    @AfterEach
    void nobody() {
        SignedIn.nobody();
    }

    @Test
    void where_levels_show_per_person_the_manager_sees_names_levels_past_courses_and_the_export() {
        long authority = login("manager").authorityId();
        for (VisibilityPreset preset : List.of(VisibilityPreset.STATUS_PER_PERSON, VisibilityPreset.MANDATORY_ONLY)) {
            try (PresetSwitch ignored = PresetSwitch.to(context, authority, preset)) {
                login("manager");
                UI.getCurrent().navigate("languages/team");
                assertThat(coverage("Englisch").get(3)).as(preset + ": B1+ in English").matches("\\d+");
                openTab("Offene Ziele");
                assertThat(items()).as(preset.name()).anyMatch(text -> text.startsWith("Jürgen Weiß: Englisch"));
                openTab("Kurse");
                assertThat(items()).as(preset.name())
                        .anyMatch(text -> text.startsWith("Sabine Fischer: Englisch C1") && text.contains("C1"));
                openTab("Stunden und Kosten");
                assertThat(_find(Anchor.class).stream().map(Anchor::getText)).as(preset.name())
                        .contains("Kurse als CSV", "Kurse als XLSX");
                UI.getCurrent().navigate("");
            }
        }
    }

    @Test
    void under_totals_only_the_manager_sees_counts_from_five_people_and_no_name_beside_a_level() {
        long authority = login("manager").authorityId();
        try (PresetSwitch ignored = PresetSwitch.to(context, authority, VisibilityPreset.TOTALS_ONLY)) {
            login("manager");
            UI.getCurrent().navigate("languages/team");
            List<String> english = coverage("Englisch");
            // The demo teams have at least five people with English B1 or better, and fewer than five at C2.
            assertThat(Integer.parseInt(english.get(3))).isGreaterThanOrEqualTo(5);
            assertThat(english.get(6)).isEqualTo("weniger als 5");
            assertThat(paragraphs()).anyMatch(text -> text.contains("nur als Anzahlen"));

            openTab("Offene Ziele");
            assertThat(items()).noneMatch(text -> text.contains("Jürgen Weiß"))
                    .anyMatch(text -> text.startsWith("Englisch (Sprechen) – Ziel B1: ") && text.endsWith("Personen"));

            openTab("Kurse");
            assertThat(items()).noneMatch(text -> text.startsWith("Sabine Fischer"));
            assertThat(paragraphs()).anyMatch(text -> text.startsWith("Abgeschlossene, abgebrochene und abgelehnte "
                    + "Kurse nennen die Person und die erreichte Stufe."));
            assertThat(_find(H4.class).stream().map(H4::getText)).as("planning a course is the manager's own work")
                    .contains("Dragan Petrović");

            openTab("Stunden und Kosten");
            assertThat(_find(Anchor.class).stream().map(Anchor::getText)).doesNotContain("Kurse als CSV",
                    "Kurse als XLSX");
            String years = _get(NativeTable.class).getElement().getTextRecursively();
            assertThat(years).contains("weniger als 5 Personen");
        }
    }

    @Test
    void under_totals_only_the_services_give_managers_no_name_beside_a_level() {
        long authority = SignedIn.as(accounts, "manager").authorityId();
        try (PresetSwitch ignored = PresetSwitch.to(context, authority, VisibilityPreset.TOTALS_ONLY)) {
            SignedIn.as(accounts, "manager");
            assertThatThrownBy(() -> team.openGaps()).isInstanceOf(UserFacingException.class);
            assertThatThrownBy(() -> team.coursesCsv(Locale.GERMAN)).isInstanceOf(UserFacingException.class);
            assertThatThrownBy(() -> team.coursesXlsx(Locale.GERMAN)).isInstanceOf(UserFacingException.class);
            assertThat(courses.team()).extracting(CourseRow::status).doesNotContain(CourseStatus.COMPLETED,
                    CourseStatus.DROPPED, CourseStatus.DECLINED);
            assertThat(team.openGapCounts()).allSatisfy(gap -> assertThat(gap.people().fewerThanMin()
                    || gap.people().value() >= 5).isTrue());
        }
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
