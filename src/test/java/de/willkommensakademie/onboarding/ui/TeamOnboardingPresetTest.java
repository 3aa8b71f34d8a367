package de.willkommensakademie.onboarding.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.visibility.PresetSwitch;
import de.willkommensakademie.visibility.VisibilityPreset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * "Einarbeitung im Team" under the staff-council presets: per person with names where onboarding progress is shown
 * per person (and opening a checklist is in the access log), only counts from five people under totals only. In an
 * authority of the class's own whose manager leads Team Nord and Team Ost, five people who all started onboarding
 * ten days ago; each test sets the preset it reads there and nothing is put back.
 */
class TeamOnboardingPresetTest extends KaribuTest {

    private static Long employeesChecklist;

    @Autowired
    UserDetailsService accounts;
    @Autowired
    Onboarding onboarding;
    @Autowired
    AccessHistory history;

    private TestAuthority authority;

    @BeforeEach
    void fivePeopleStartedOnboarding() {
        authority = ownAuthority();
        if (employeesChecklist != null) {
            return;
        }
        authority.managerLeadsTeamOstToo(context);
        SignedIn.as(accounts, authority.manager());
        for (Person person : authority.managersFive()) {
            long checklist = onboarding.start(person.id(), LocalDate.now().minusDays(10));
            if (person.equals(authority.employee())) {
                employeesChecklist = checklist;
            }
        }
        SignedIn.nobody();
    }

    @Test
    void where_onboarding_shows_per_person_the_manager_sees_names_and_opening_a_checklist_is_recorded() {
        Person employee = authority.employee();
        for (VisibilityPreset preset : List.of(VisibilityPreset.STATUS_PER_PERSON, VisibilityPreset.MANDATORY_ONLY)) {
            PresetSwitch.set(context, authority.id(), preset);
            long before = viewsOfTheEmployeeByTheManager();
            login(authority.manager());
            UI.getCurrent().navigate("onboarding/team");
            @SuppressWarnings("unchecked")
            Grid<TeamOnboardingRow> grid = _get(Grid.class);
            assertThat(GridKt._findAll(grid)).extracting(TeamOnboardingRow::employee).as(preset.name())
                    .containsExactlyInAnyOrderElementsOf(authority.managersFive().stream().map(Person::fullName)
                            .toList());
            TeamOnboardingRow row = GridKt._findAll(grid).stream()
                    .filter(candidate -> candidate.employee().equals(employee.fullName())).findFirst().orElseThrow();
            assertThat(_find(NativeTable.class)).as(preset.name()).isEmpty();

            grid.select(row);

            assertThat(viewsOfTheEmployeeByTheManager()).as(preset.name()).isEqualTo(before + 1);
        }
    }

    @Test
    void under_totals_only_the_manager_sees_counts_without_names_and_fewer_than_five_hidden() {
        PresetSwitch.set(context, authority.id(), VisibilityPreset.TOTALS_ONLY);
        long before = viewsOfTheEmployeeByTheManager();
        login(authority.manager());
        UI.getCurrent().navigate("onboarding/team");

        assertThat(_find(Grid.class)).isEmpty();
        NativeTable totals = _get(NativeTable.class);
        String text = totals.getElement().getTextRecursively();
        assertThat(count(totals, "mit Einarbeitungsplan")).as("the five people of his two teams").isEqualTo("5");
        // Nobody of them has finished yet: zero describes every one of them and shows as "fewer than 5".
        assertThat(count(totals, "davon eingearbeitet")).isEqualTo("weniger als 5");
        String page = _get(TeamOnboardingView.class).getElement().getTextRecursively();
        for (Person person : authority.managersFive()) {
            assertThat(text).doesNotContain(person.fullName());
            assertThat(page).doesNotContain(person.fullName());
        }
        assertThat(page).contains("nur als Anzahlen");
        assertThat(viewsOfTheEmployeeByTheManager()).isEqualTo(before);
    }

    @Test
    void under_totals_only_the_service_gives_managers_no_row_and_no_checklist() {
        PresetSwitch.set(context, authority.id(), VisibilityPreset.TOTALS_ONLY);
        long before = viewsOfTheEmployeeByTheManager();
        try {
            SignedIn.as(accounts, authority.manager());
            assertThatThrownBy(() -> onboarding.team()).isInstanceOf(UserFacingException.class);
            assertThatThrownBy(() -> onboarding.checklist(employeesChecklist, Locale.GERMAN))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(onboarding.teamTotals().perPerson()).isFalse();
            assertThat(viewsOfTheEmployeeByTheManager()).isEqualTo(before);
        } finally {
            SignedIn.nobody();
        }
    }

    private static String count(NativeTable table, String what) {
        return table.getBody().getRows().stream()
                .map(row -> row.getAllCells().stream().map(cell -> cell.getElement().getText()).toList())
                .filter(cells -> cells.getFirst().equals(what)).findFirst().orElseThrow().get(1);
    }

    private long viewsOfTheEmployeeByTheManager() {
        var previous = SecurityContextHolder.getContext()
                .getAuthentication();
        SignedIn.as(accounts, authority.employee());
        long count = history.aboutMe(PageRequest.of(0, 10_000)).stream()
                .filter(entry -> entry.kind() == AccessKind.ONBOARDING_VIEWED
                        && entry.actor().equals(authority.manager().fullName()))
                .count();
        SecurityContextHolder.getContext().setAuthentication(previous);
        return count;
    }
}
