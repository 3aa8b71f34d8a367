package de.willkommensakademie.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.audit.AccessHistory;
import de.willkommensakademie.base.ui.RecordNotFoundView;
import de.willkommensakademie.learning.AssignmentTarget;
import de.willkommensakademie.learning.Assignments;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.visibility.PresetSwitch;
import de.willkommensakademie.visibility.VisibilityPreset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A person's page: what the preset shows of them, to whom, the line about what it never shows, the access log. The
 * access log is counted in the class's own authority, where it starts empty.
 */
class PersonProgressViewTest extends KaribuTest {

    @Autowired
    AccessHistory accessHistory;
    @Autowired
    UserDetailsService accounts;

    @Test
    void a_manager_opens_a_team_members_page_and_it_is_written_to_her_access_log() {
        TestAuthority authority = ownAuthority();
        Person member = authority.employee();
        assignTraining(authority);
        login(authority.manager());
        open(member.id());
        assertThat(_get(H2.class).getText()).isEqualTo(member.fullName());
        assertThat(headings()).contains("Zugewiesene Lernmodule und Rollenspiele", "Einarbeitung", "Bescheinigungen",
                "Bestätigte Sprachstufen");
        assertThat(pageText()).contains(
                "Deeskalation und Sicherheit am Schalter", "nicht begonnen", "Dolmetschen")
                .doesNotContain("Punktzahl:", "Versuche:");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).anySatisfy(text -> assertThat(text)
                .startsWith("Diese Seite zeigt nie Punktzahlen, Quizantworten, die Anzahl der Versuche, die Lernzeit"));
        SignedIn.as(accounts, member);
        assertThat(accessHistory.countAboutMe()).isEqualTo(1);
    }

    @Test
    void a_manager_who_is_in_her_own_team_looks_at_herself_without_an_access_log_entry() {
        Person manager = ownAuthority().manager();
        login(manager);
        open(manager.id());
        assertThat(_get(H2.class).getText()).isEqualTo(manager.fullName());
        assertThat(accessHistory.countAboutMe()).isZero();
    }

    @Test
    void people_outside_the_viewers_teams_or_authority_are_not_found() {
        TestAuthority authority = ownAuthority();
        Person outsider = authority.outsider();
        long employee = authority.employee().id();
        login(authority.manager());
        open(outsider.id());
        assertThat(currentView()).isInstanceOf(RecordNotFoundView.class);
        login(authority.secondManager());
        open(employee);
        assertThat(currentView()).as("another team's manager").isInstanceOf(RecordNotFoundView.class);
        login(authority.admin());
        open(outsider.id());
        assertThat(_get(H2.class).getText()).isEqualTo(outsider.fullName());
        login(TestAuthority.of(context, getClass(), "b").admin());
        open(employee);
        assertThat(currentView()).isInstanceOf(RecordNotFoundView.class);
        login(authority.employee());
        open(employee);
        assertThat(currentView()).isNotInstanceOf(PersonProgressView.class);
    }

    @Test
    void the_presets_decide_what_the_page_shows() {
        // a further authority, so the presets set here for good reach no other test of the class
        TestAuthority authority = TestAuthority.of(context, getClass(), "presets");
        long member = authority.employee().id();
        assignTraining(authority);
        login(authority.manager());
        PresetSwitch.set(context, authority.id(), VisibilityPreset.MANDATORY_ONLY);
        open(member);
        assertThat(pageText()).contains("Deeskalation")
                .doesNotContain("Dolmetschen").contains("nur als Anzahlen");
        PresetSwitch.set(context, authority.id(), VisibilityPreset.TOTALS_ONLY);
        open(member);
        assertThat(currentView()).isInstanceOf(RecordNotFoundView.class);
    }

    @Test
    void the_page_reads_in_english() {
        TestAuthority authority = ownAuthority();
        login(authority.admin());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        open(authority.englishSpeaker().id());
        assertThat(headings()).contains("Assigned training modules and role-plays", "Onboarding", "Certificates");
        assertThat(pageText()).contains("Back to team progress",
                "This page never shows scores");
    }

    /** The shipped de-escalation module, mandatory, and the interpreting one, recommended, for the employee. */
    private void assignTraining(TestAuthority authority) {
        long member = authority.employee().id();
        SignedIn.as(accounts, authority.trainer());
        Assignments assignments = context.getBean(Assignments.class);
        assignments.assign(shippedModule("de-escalation-safety"), AssignmentTarget.EMPLOYEE, member, true, null, 14);
        assignments.assign(shippedModule("interpreters-plain-language"), AssignmentTarget.EMPLOYEE, member, false,
                null, 30);
        SignedIn.nobody();
    }

    private long shippedModule(String key) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "select id from learning_module where module_key = ? and authority_id is null", Long.class, key);
    }

    private static void open(long id) {
        UI.getCurrent().navigate("team/progress/person/" + id);
    }

    /** Headings, paragraphs, links and every grid row as a person reads them. */
    @SuppressWarnings("unchecked")
    private static String pageText() {
        StringBuilder text = new StringBuilder();
        _find(Component.class).stream().filter(component -> component instanceof HasText)
                .forEach(component -> text.append(((HasText) component).getText())
                        .append('\n'));
        for (var grid : _find(Grid.class)) {
            for (int row = 0; row < GridKt._size(grid); row++) {
                text.append(GridKt._getFormattedRow(grid, row)).append('\n');
            }
        }
        return text.toString();
    }

    private static List<String> headings() {
        return _find(H3.class).stream().map(H3::getText).toList();
    }

    private static Component currentView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
