package de.willkommensakademie.onboarding.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeTable;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.audit.AccessHistory;
import de.willkommensakademie.audit.AccessKind;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.onboarding.Onboarding;
import de.willkommensakademie.onboarding.TeamOnboardingRow;
import de.willkommensakademie.visibility.PresetSwitch;
import de.willkommensakademie.visibility.VisibilityPreset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * "Einarbeitung im Team" under the staff-council presets: per person with names where onboarding progress is shown
 * per person (and opening a checklist is in the access log), only counts from five people under totals only.
 */
class TeamOnboardingPresetTest extends KaribuTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    Onboarding onboarding;
    @Autowired
    AccessHistory history;

    @Test
    void where_onboarding_shows_per_person_the_manager_sees_names_and_opening_a_checklist_is_recorded() {
        long authority = login("manager").authorityId();
        for (VisibilityPreset preset : List.of(VisibilityPreset.STATUS_PER_PERSON, VisibilityPreset.MANDATORY_ONLY)) {
            try (PresetSwitch ignored = PresetSwitch.to(context, authority, preset)) {
                long before = viewsOfAylinByKatrin();
                login("manager");
                UI.getCurrent().navigate("onboarding/team");
                @SuppressWarnings("unchecked")
                Grid<TeamOnboardingRow> grid = _get(Grid.class);
                TeamOnboardingRow aylin = GridKt._findAll(grid).stream()
                        .filter(row -> row.employee().equals("Aylin Demir")).findFirst().orElseThrow();
                assertThat(_find(NativeTable.class)).as(preset.name()).isEmpty();

                grid.select(aylin);

                assertThat(viewsOfAylinByKatrin()).as(preset.name()).isEqualTo(before + 1);
            }
        }
    }

    @Test
    void under_totals_only_the_manager_sees_counts_without_names_and_fewer_than_five_hidden() {
        long authority = login("manager").authorityId();
        try (PresetSwitch ignored = PresetSwitch.to(context, authority, VisibilityPreset.TOTALS_ONLY)) {
            long before = viewsOfAylinByKatrin();
            login("manager");
            UI.getCurrent().navigate("onboarding/team");

            assertThat(_find(Grid.class)).isEmpty();
            NativeTable totals = _get(NativeTable.class);
            String text = totals.getElement().getTextRecursively();
            // Five demo people of Katrin Vogel's teams started within the last two months or start soon.
            assertThat(count(totals, "mit Einarbeitungsplan")).matches("\\d+")
                    .satisfies(number -> assertThat(Integer.parseInt(number)).isGreaterThanOrEqualTo(5));
            // Nobody of them has finished yet: zero describes every one of them and shows as "fewer than 5".
            assertThat(count(totals, "davon eingearbeitet")).isEqualTo("weniger als 5");
            String page = _get(TeamOnboardingView.class).getElement().getTextRecursively();
            for (String name : List.of("Aylin Demir", "Ioana Popescu", "Ahmad Rahimi", "Kevin Lange",
                    "Yasemin Arslan", "Jürgen Weiß")) {
                assertThat(text).doesNotContain(name);
                assertThat(page).doesNotContain(name);
            }
            assertThat(page).contains("nur als Anzahlen");
            assertThat(viewsOfAylinByKatrin()).isEqualTo(before);
        }
    }

    @Test
    void under_totals_only_the_service_gives_managers_no_row_and_no_checklist() {
        long authority = SignedIn.as(accounts, "manager").authorityId();
        TeamOnboardingRow aylin = onboarding.team().stream().filter(row -> row.employee().equals("Aylin Demir"))
                .findFirst().orElseThrow();
        try (PresetSwitch ignored = PresetSwitch.to(context, authority, VisibilityPreset.TOTALS_ONLY)) {
            long before = viewsOfAylinByKatrin();
            SignedIn.as(accounts, "manager");
            assertThatThrownBy(() -> onboarding.team()).isInstanceOf(UserFacingException.class);
            assertThatThrownBy(() -> onboarding.checklist(aylin.checklistId(), Locale.GERMAN))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(onboarding.teamTotals().perPerson()).isFalse();
            assertThat(viewsOfAylinByKatrin()).isEqualTo(before);
        } finally {
            SignedIn.nobody();
        }
    }

    private static String count(NativeTable table, String what) {
        return table.getBody().getRows().stream()
                .map(row -> row.getAllCells().stream().map(cell -> cell.getElement().getText()).toList())
                .filter(cells -> cells.getFirst().equals(what)).findFirst().orElseThrow().get(1);
    }

    private long viewsOfAylinByKatrin() {
        var previous = SecurityContextHolder.getContext()
                .getAuthentication();
        SignedIn.as(accounts, "employee");
        long count = history.aboutMe(PageRequest.of(0, 10_000)).stream()
                .filter(entry -> entry.kind() == AccessKind.ONBOARDING_VIEWED && entry.actor().equals("Katrin Vogel"))
                .count();
        SecurityContextHolder.getContext().setAuthentication(previous);
        return count;
    }
}
