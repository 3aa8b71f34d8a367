package de.willkommensakademie.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.people.TestAuthority;
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
 * {@link OnboardingAccess} as the rule it guards: a checklist of another authority or of another manager's team, and
 * its items, read as not found; the list of team checklists and a single checklist agree.
 */
@SpringBootTest
@ActiveProfiles("test")
class OnboardingAccessTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    Onboarding onboarding;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    TestAuthority authority;
    String aylinsName;
    long aylin;
    long checklist;
    long item;

    /**
     * The checklist of the employee of the class's own authority, started once by her manager; "another authority" is
     * a further one, "another team's manager" the authority's second manager.
     */
    @BeforeEach
    void aylinsChecklist() {
        authority = TestAuthority.of(context, getClass());
        aylin = authority.employee().id();
        aylinsName = authority.employee().fullName();
        if (jdbc.queryForObject("select count(*) from checklist where employee_id = ?", Long.class, aylin) == 0) {
            SignedIn.as(accounts, authority.manager());
            onboarding.start(aylin, LocalDate.now().minusDays(10));
            SignedIn.nobody();
        }
        checklist = jdbc.queryForObject("select id from checklist where employee_id = ?", Long.class, aylin);
        item = jdbc.queryForObject("select min(id) from checklist_item where checklist_id = ?", Long.class, checklist);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void another_authoritys_checklist_and_its_items_read_as_not_found() {
        SignedIn.as(accounts, TestAuthority.of(context, getClass(), "b").manager());
        assertThatThrownBy(() -> onboarding.checklist(checklist, Locale.GERMAN))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> onboarding.tick(item, 0, null)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> onboarding.signOff(item, 0)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> onboarding.sendBack(item, 0, "Bitte nachholen"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> onboarding.skip(item, 0, "Nicht nötig")).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> onboarding.addItem(checklist, "Extra", Responsible.EMPLOYEE, LocalDate.now()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> onboarding.chooseBuddy(checklist, 0, null))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> onboarding.start(aylin, LocalDate.now())).isInstanceOf(RecordNotFoundException.class);
        assertThat(onboarding.myTasks(Locale.GERMAN)).noneMatch(task -> task.person().equals(aylinsName));
        assertThat(onboarding.team()).noneMatch(row -> row.checklistId() == checklist);
    }

    @Test
    void another_teams_checklist_reads_as_not_found_for_a_manager() {
        SignedIn.as(accounts, authority.secondManager());
        assertThatThrownBy(() -> onboarding.checklist(checklist, Locale.GERMAN))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> onboarding.skip(item, 0, "Nicht nötig")).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> onboarding.addItem(checklist, "Extra", Responsible.EMPLOYEE, LocalDate.now()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> onboarding.chooseBuddy(checklist, 0, null))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> onboarding.start(aylin, LocalDate.now())).isInstanceOf(RecordNotFoundException.class);
        assertThat(onboarding.team()).noneMatch(row -> row.checklistId() == checklist);
        assertThat(onboarding.myTasks(Locale.GERMAN)).noneMatch(task -> task.person().equals(aylinsName));
    }

    @Test
    void the_team_list_and_a_single_checklist_agree_for_the_persons_manager() {
        SignedIn.as(accounts, authority.manager());
        assertThat(onboarding.team()).anySatisfy(row -> assertThat(row.checklistId()).isEqualTo(checklist));
        assertThat(onboarding.checklist(checklist, Locale.GERMAN)).isNotEmpty()
                .allSatisfy(shown -> assertThat(shown.person()).isEqualTo(aylinsName));
    }
}
