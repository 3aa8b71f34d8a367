package de.willkommensakademie.onboarding.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.notice.NoticeService;
import de.willkommensakademie.onboarding.Onboarding;
import de.willkommensakademie.onboarding.OnboardingTemplates;
import de.willkommensakademie.onboarding.TeamOnboardingRow;
import de.willkommensakademie.people.EmployeeForm;
import de.willkommensakademie.people.EmployeeOption;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.TeamService;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The onboarding screens by role: new employee, buddy, manager and trainer. */
class OnboardingScreensTest extends KaribuTest {

    private TestAuthority authority;
    private Person employee;
    private Person buddy;
    private Person manager;

    /**
     * The class's own authority, where the new employee's checklist (started by the manager ten days after her start,
     * with the buddy chosen) is ticked, extended and skipped instead of the demo's, and where the hires, templates and
     * confirmations of these tests stay. The co-led team of the two-managers test is a further authority's Team Ost.
     */
    @BeforeEach
    void ownChecklist() {
        authority = ownAuthority();
        employee = authority.employee();
        buddy = authority.buddy();
        manager = authority.manager();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        if (jdbc.queryForObject("select count(*) from checklist where employee_id = ?", Long.class, employee.id()) == 0) {
            SignedIn.as(context.getBean(UserDetailsService.class), manager);
            Onboarding onboarding = context.getBean(Onboarding.class);
            long checklist = onboarding.start(employee.id(), LocalDate.now().minusDays(10));
            TeamOnboardingRow row = onboarding.team().stream().filter(r -> r.checklistId() == checklist).findFirst()
                    .orElseThrow();
            onboarding.chooseBuddy(checklist, row.version(), buddy.id());
            SignedIn.nobody();
        }
    }

    @Test
    void the_new_employee_sees_this_week_and_what_others_do_and_ticks_an_item() {
        login(employee);
        UI.getCurrent().navigate("onboarding");
        assertThat(_find(H3.class).stream().map(H3::getText)).contains("Heute und diese Woche",
                "Was andere für Sie erledigen", "Erledigt");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Ihre Patin/Ihr Pate: " + buddy.fullName() + "."));
        Button done = _find(Button.class, spec -> spec.withText("Erledigt")).getFirst();
        String item = done.getAriaLabel().orElseThrow();
        _setValue(_find(TextField.class, spec -> spec.withLabel("Anmerkung (optional)")).getFirst(), "Gelesen");
        _click(done);
        assertThat(notificationTexts()).contains("Als erledigt markiert.");
        assertThat(_find(Button.class, spec -> spec.withText("Erledigt")))
                .noneMatch(button -> button.getAriaLabel().orElse("").equals(item));
    }

    @Test
    void the_buddy_sees_the_tasks_for_the_people_they_support() {
        login(buddy);
        UI.getCurrent().navigate("onboarding/tasks");
        List<String> tasks = _find(H4.class).stream().map(H4::getText).toList();
        assertThat(tasks).isNotEmpty().allMatch(text -> text.startsWith(employee.fullName() + ": "));
        login(authority.outsider());
        UI.getCurrent().navigate("onboarding/tasks");
        assertThat(_find(H4.class).stream().map(H4::getText))
                .noneMatch(text -> text.startsWith(employee.fullName() + ": "));
    }

    @Test
    void the_manager_follows_the_team_adds_and_skips_items() {
        login(manager);
        UI.getCurrent().navigate("onboarding/team");
        @SuppressWarnings("unchecked")
        Grid<TeamOnboardingRow> grid = _get(Grid.class);
        TeamOnboardingRow aylin = GridKt._findAll(grid).stream()
                .filter(row -> row.employee().equals(employee.fullName())).findFirst().orElseThrow();
        grid.select(aylin);
        @SuppressWarnings("unchecked")
        ComboBox<EmployeeOption> chosen = _get(ComboBox.class, spec -> spec.withLabel("Patin/Pate"));
        assertThat(chosen.getValue().fullName()).isEqualTo(buddy.fullName());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Aufgabe")), "Zz Hospitation bei der MBE");
        _click(_get(Button.class, spec -> spec.withText("Aufgabe hinzufügen")));
        assertThat(notificationTexts()).contains("Die Aufgabe wurde hinzugefügt.");
        assertThat(_find(H4.class).stream().map(H4::getText)).contains("Zz Hospitation bei der MBE");
        Button skip = _find(Button.class, spec -> spec.withText("Entfallen lassen")).getLast();
        _setValue(_find(TextField.class, spec -> spec.withLabel("Grund für das Entfallen")).getLast(),
                "Schon in der Ausbildung gelernt");
        _click(skip);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Entfällt: Schon in der Ausbildung gelernt");
        assertThat(_find(Span.class).stream().map(Span::getText)).anyMatch(text -> text.endsWith("· entfällt"));
    }

    @Test
    void a_trainer_adapts_the_shipped_template_previews_and_publishes_it() {
        login(authority.trainer());
        UI.getCurrent().navigate("onboarding/templates");
        _click(_find(Button.class, spec -> spec.withText("Anpassen")).getFirst());
        assertThat(_get(H2.class).getText()).startsWith("Vorlage „");
        IntegerField firstDue = _find(IntegerField.class, spec -> spec.withLabel("Fällig am Tag")).getFirst();
        _setValue(firstDue, -7);
        _setValue(_get(DatePicker.class,
                spec -> spec.withLabel("Eintrittsdatum")), LocalDate.of(2027, 3, 1));
        _click(_get(Button.class, spec -> spec.withText("Fälligkeiten anzeigen")));
        assertThat(_get(NativeTable.class).getElement().getTextRecursively()).contains("22.02.2027");
        _click(_get(Button.class, spec -> spec.withText("Veröffentlichen")));
        assertThat(notificationTexts()).anyMatch(text -> text.endsWith("wurde als neue Version veröffentlicht."));
        UI.getCurrent().navigate("onboarding/templates");
        assertThat(_find(Span.class).stream().map(Span::getText))
                .anyMatch(text -> text.contains("Version 1") && text.contains("Eigene Behörde"));
    }

    @Test
    void a_shipped_template_opened_by_its_address_says_to_adapt_it_and_offers_the_copy() {
        for (Person person : List.of(authority.trainer(), authority.admin())) {
            String user = person.username();
            login(person);
            long shipped = context.getBean(OnboardingTemplates.class).list().stream()
                    .filter(summary -> !summary.own()).findFirst().orElseThrow().id();
            UI.getCurrent().navigate("onboarding/templates/edit/" + shipped);
            assertThat(_find(H1.class).stream().map(H1::getText)).as(user + ": no error page")
                    .doesNotContain("Etwas ist schiefgelaufen");
            assertThat(_get(H2.class).getText()).startsWith("Mitgelieferte Vorlage „");
            assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                    .contains("Mitgelieferte Vorlagen können nicht geändert werden; passen Sie eine an, um eine "
                            + "eigene Kopie zu erhalten.");
            _click(_get(Button.class, spec -> spec.withText("Anpassen")));
            assertThat(_get(H2.class).getText()).as(user + ": the own copy opens").startsWith("Vorlage „");

            UI.getCurrent().navigate("onboarding/templates/edit/987654321");
            assertThat(_find(H1.class).stream().map(H1::getText)).contains("Seite nicht gefunden");
        }
    }

    private static final String DATA_PROTECTION = "Datenschutzbelehrung erhalten und Verpflichtungserklärung unterschreiben";
    private static final String SAFETY = "In das Sicherheitskonzept am Schalter einweisen";

    @Test
    void the_manager_confirms_what_waits_from_both_places_and_a_sent_back_item_opens_again_with_the_reason() {
        login(authority.admin());
        hire("l.neubeginn", "Lea", "Neubeginn", TestAuthority.TEAM);
        login(manager);
        Onboarding onboarding = context.getBean(Onboarding.class);
        TeamOnboardingRow lea = onboarding.team().stream().filter(row -> row.employee().equals("Lea Neubeginn"))
                .findFirst().orElseThrow();
        // the trainer: the buddy's task list belongs to the employee's checklist alone (see above)
        Person leasBuddy = authority.trainer();
        onboarding.chooseBuddy(lea.checklistId(), lea.version(), leasBuddy.id());

        // The new employee ticks the data-protection item with a comment: it now waits for the manager.
        login("l.neubeginn");
        UI.getCurrent().navigate("onboarding");
        String before = progress();
        tick(button("Erledigt", DATA_PROTECTION), "Belehrung am Montag erhalten");
        assertThat(notificationTexts()).contains("Als erledigt markiert.");
        assertThat(metaOf(DATA_PROTECTION)).endsWith("erledigt, wartet auf Bestätigung der Führungskraft");
        assertThat(progress()).isEqualTo(before);

        // The manager finds it under "My onboarding tasks" and sends it back with a reason.
        login(manager);
        UI.getCurrent().navigate("onboarding/tasks");
        Button confirm = button("Bestätigen", "Lea Neubeginn: " + DATA_PROTECTION);
        assertThat(textOf(confirm)).contains("Anmerkung: Belehrung am Montag erhalten");
        Button sendBack = button("Zurückgeben", "Lea Neubeginn: " + DATA_PROTECTION);
        _setValue(_get(sendBack.getParent().orElseThrow(), TextField.class,
                spec -> spec.withLabel("Grund für die Rückgabe")), "Bitte die unterschriebene Erklärung beilegen.");
        _click(sendBack);
        assertThat(notificationTexts()).contains("Zurückgegeben; die Person sieht Ihren Grund.");
        assertThat(buttons("Bestätigen", "Lea Neubeginn: " + DATA_PROTECTION)).isEmpty();

        // The employee reads the reason and ticks again.
        login("l.neubeginn");
        UI.getCurrent().navigate("onboarding");
        assertThat(metaOf(DATA_PROTECTION)).endsWith("zurückgegeben, bitte erneut erledigen");
        assertThat(textOf(button("Erledigt", DATA_PROTECTION)))
                .anyMatch(text -> text.startsWith("Zurückgegeben von " + manager.fullName() + " am ")
                        && text.endsWith(": Bitte die unterschriebene Erklärung beilegen."));
        tick(button("Erledigt", DATA_PROTECTION), "Erklärung liegt bei");

        // The buddy does the safety briefing, which also needs the manager's confirmation.
        login(leasBuddy);
        UI.getCurrent().navigate("onboarding/tasks");
        tick(button("Erledigt", "Lea Neubeginn: " + SAFETY), null);

        // The manager confirms one from the team's per-person view and one from the task list.
        login(manager);
        UI.getCurrent().navigate("onboarding/team");
        @SuppressWarnings("unchecked")
        Grid<TeamOnboardingRow> grid = _get(Grid.class);
        TeamOnboardingRow row = GridKt._findAll(grid).stream().filter(r -> r.employee().equals("Lea Neubeginn"))
                .findFirst().orElseThrow();
        assertThat(row.waiting()).isEqualTo(2);
        grid.select(row);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("„Überfällig“ zählt alle offenen Aufgaben"));
        assertThat(metaOf(DATA_PROTECTION)).startsWith("neue Mitarbeiterin/neuer Mitarbeiter · fällig ");
        _click(button("Bestätigen", DATA_PROTECTION));
        assertThat(notificationTexts()).contains("Bestätigt.");
        assertThat(textOf(_get(H4.class, spec -> spec.withText(DATA_PROTECTION))))
                .anyMatch(text -> text.startsWith("Bestätigt von " + manager.fullName() + " am "));
        assertThat(GridKt._findAll(grid).stream().filter(r -> r.employee().equals("Lea Neubeginn")).findFirst()
                .orElseThrow().finished()).isEqualTo(row.finished() + 1);

        UI.getCurrent().navigate("onboarding/tasks");
        _click(button("Bestätigen", "Lea Neubeginn: " + SAFETY));
        assertThat(buttons("Bestätigen", "Lea Neubeginn: " + SAFETY)).isEmpty();

        // Both count for the employee now.
        login("l.neubeginn");
        UI.getCurrent().navigate("onboarding");
        assertThat(finishedOf(progress())).isEqualTo(finishedOf(before) + 2);
        assertThat(context.getBean(NoticeService.class).mine()).extracting(notice -> notice.messageKey())
                .contains("notice.onboarding-sent-back", "notice.onboarding-signed-off");
    }

    @Test
    void the_manager_sees_due_dates_overdue_marks_and_ticks_their_own_items_in_the_per_person_view() {
        login(authority.admin());
        hire("f.frueh", "Frieda", "Früh", TestAuthority.TEAM, LocalDate.now().minusDays(45));
        login(manager);
        UI.getCurrent().navigate("onboarding/team");
        @SuppressWarnings("unchecked")
        Grid<TeamOnboardingRow> grid = _get(Grid.class);
        TeamOnboardingRow row = GridKt._findAll(grid).stream().filter(r -> r.employee().equals("Frieda Früh"))
                .findFirst().orElseThrow();
        assertThat(row.overdue()).isGreaterThan(row.overdueOwn());
        assertThat(GridKt._getFormattedRow(grid, GridKt._findAll(grid).indexOf(row)))
                .contains(row.overdue() + " (davon " + row.overdueOwn() + " bei der Person selbst)");
        grid.select(row);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Überfällig: " + row.overdue() + " – ")
                        && text.contains("IT/Verwaltung: ") && text.contains("Führungskraft: "));
        assertThat(_find(Span.class).stream().map(Span::getText))
                .anyMatch(text -> text.startsWith("Führungskraft · fällig ") && text.endsWith("überfällig – offen"));
        Button own = _find(Button.class, spec -> spec.withText("Erledigt")).getFirst();
        _click(own);
        assertThat(notificationTexts()).contains("Als erledigt markiert.");
        assertThat(buttons("Erledigt", own.getAriaLabel().orElseThrow().substring("Erledigt: ".length())))
                .isEmpty();
    }

    @Test
    void when_two_managers_confirm_at_once_the_second_reads_that_someone_else_changed_it() {
        // a further authority, whose Team Ost its two managers lead together
        TestAuthority coLed = TestAuthority.of(context, getClass(), "c").managerLeadsTeamOstToo(context);
        login(coLed.admin());
        hire("z.zugleich", "Zora", "Zugleich", TestAuthority.THIRD_TEAM, LocalDate.now().minusDays(3));
        login("z.zugleich");
        Onboarding onboarding = context.getBean(Onboarding.class);
        var item = onboarding.mine(Locale.GERMAN).orElseThrow().items().stream()
                .filter(candidate -> candidate.title().equals(DATA_PROTECTION)).findFirst().orElseThrow();
        onboarding.tick(item.id(), item.version(), null);

        login(coLed.manager());
        UI.getCurrent().navigate("onboarding/tasks");
        Button confirm = button("Bestätigen", "Zora Zugleich: " + DATA_PROTECTION);
        UserDetailsService accounts = context.getBean(UserDetailsService.class);
        SignedIn.as(accounts, coLed.secondManager());
        long current = onboarding.myTasks(Locale.GERMAN).stream().filter(task -> task.id() == item.id())
                .findFirst().orElseThrow().version();
        onboarding.signOff(item.id(), current);
        SignedIn.as(accounts, coLed.manager());
        clickThroughErrorHandler(confirm);
        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("Jemand anderes hat diesen Eintrag"));
    }

    @Test
    void an_admin_confirms_for_someone_without_a_manager_and_the_other_teams_manager_sees_nothing() {
        login(authority.admin());
        hire("t.teamlos", "Tara", "Teamlos", null, LocalDate.now().minusDays(3));
        login("t.teamlos");
        UI.getCurrent().navigate("onboarding");
        tick(button("Erledigt", DATA_PROTECTION), "Unterschrieben abgegeben");

        login(manager);
        UI.getCurrent().navigate("onboarding/tasks");
        assertThat(buttons("Bestätigen", "Tara Teamlos: " + DATA_PROTECTION)).isEmpty();

        login(authority.admin());
        UI.getCurrent().navigate("onboarding/tasks");
        Button confirm = button("Bestätigen", "Tara Teamlos: " + DATA_PROTECTION);
        assertThat(textOf(confirm)).contains("Anmerkung: Unterschrieben abgegeben");
        _click(confirm);
        assertThat(notificationTexts()).contains("Bestätigt.");

        login("t.teamlos");
        UI.getCurrent().navigate("onboarding");
        assertThat(_find(H4.class).stream().filter(heading -> heading.getText().equals(DATA_PROTECTION))
                .flatMap(heading -> textOf(heading).stream()))
                .anyMatch(text -> text.startsWith("Bestätigt von " + authority.admin().fullName() + " am "));
    }

    private void hire(String username, String first, String last, String team) {
        hire(username, first, last, team, LocalDate.now().minusDays(3));
    }

    /** The admin adds a front-office hire to the team whose name starts so (or to none), as the dialog would. */
    private void hire(String username, String first, String last, String team, LocalDate start) {
        EmployeeForm form = new EmployeeForm();
        form.setUsername(username);
        form.setFirstName(first);
        form.setLastName(last);
        form.setEmail(username + "@test.example");
        form.setLanguage(Locale.GERMAN);
        form.setStartDate(start);
        form.setJobRole(context.getBean(JobRoleService.class).options().stream()
                .filter(option -> option.code().equals("front-office")).findFirst().orElseThrow());
        form.setTeam(team == null ? null : context.getBean(TeamService.class).assignableTeams().stream()
                .filter(option -> option.name().startsWith(team)).findFirst().orElseThrow());
        form.setRoles(Set.of(Role.EMPLOYEE));
        context.getBean(EmployeeService.class).create(form);
        // As if they had chosen their own password at the first sign-in, which a one-time password asks for.
        context.getBean(JdbcTemplate.class).update(
                "update employee set password_change_required = false where username = ?", username);
    }

    private static Button button(String text, String heading) {
        return buttons(text, heading).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text + ": " + heading));
    }

    private static List<Button> buttons(String text, String heading) {
        return _find(Button.class, spec -> spec.withText(text)).stream()
                .filter(button -> button.getAriaLabel().orElse("").equals(text + ": " + heading)).toList();
    }

    private static void tick(Button done, String comment) {
        if (comment != null) {
            _setValue(_get(done.getParent().orElseThrow(), TextField.class,
                    spec -> spec.withLabel("Anmerkung (optional)")), comment);
        }
        _click(done);
    }

    /** The texts of the list entry a button or heading belongs to. */
    private static List<String> textOf(Component inside) {
        Component entry = inside;
        while (!(entry instanceof ListItem)) {
            entry = entry.getParent().orElseThrow();
        }
        return _find(entry, Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    private static String metaOf(String title) {
        Component heading = _find(H4.class, spec -> spec.withText(title)).getFirst();
        return _get(heading.getParent().orElseThrow(), Span.class, spec -> spec.withClasses("onboarding-meta"))
                .getText();
    }

    private static String progress() {
        return _find(Paragraph.class).stream().map(Paragraph::getText)
                .filter(text -> text.matches("\\d+ von \\d+ Aufgaben abgeschlossen")).findFirst().orElseThrow();
    }

    private static int finishedOf(String progress) {
        return Integer.parseInt(progress.substring(0, progress.indexOf(' ')));
    }
}
