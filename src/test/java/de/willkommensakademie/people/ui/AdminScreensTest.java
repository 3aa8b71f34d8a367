package de.willkommensakademie.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditRecord;
import de.willkommensakademie.people.AuthorityRow;
import de.willkommensakademie.people.EmployeeFilter;
import de.willkommensakademie.people.EmployeeOption;
import de.willkommensakademie.people.EmployeeRow;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.people.ImportProblem;
import de.willkommensakademie.people.ImportRow;
import de.willkommensakademie.people.JobRoleOption;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.MyAccount;
import de.willkommensakademie.people.TeamRow;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Teams, job roles, CSV import, audit log and the operator's authorities, used through their screens. The
 * administrator's are those of an authority of the class's own, so the teams, job roles and people created here stay
 * there and the lists read are exactly what the class made.
 */
class AdminScreensTest extends KaribuTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    EmployeeService employees;
    @Autowired
    MyAccount account;
    @Autowired
    JobRoleService jobRoles;

    TestAuthority authority;

    @BeforeEach
    void createOwnAuthority() {
        authority = ownAuthority();
    }

    @Test
    void an_admin_creates_a_team_renames_it_and_chooses_its_managers() {
        login(authority.admin());
        UI.getCurrent().navigate(TeamsView.class);
        _click(_get(Button.class, spec -> spec.withText("Neues Team")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Teamname")), "Einbürgerung");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        Grid<TeamRow> grid = grid("Teams");
        _click(actionButton(grid, rowOf(grid, "Einbürgerung"), 0));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Teamname")), "Einbürgerung & Staatsangehörigkeit");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        int row = rowOf(grid, "Einbürgerung & Staatsangehörigkeit");
        _click(actionButton(grid, row, 1));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<EmployeeOption> managers = _get(MultiSelectComboBox.class,
                spec -> spec.withLabel("Führungskräfte"));
        assertThat(managers.getListDataView().getItems().map(EmployeeOption::username)).as("the authority's managers")
                .containsExactlyInAnyOrder(authority.manager().username(), authority.secondManager().username());
        _setValue(managers, Set.of(managers.getListDataView().getItems()
                .filter(option -> option.username().equals(authority.secondManager().username())).findFirst()
                .orElseThrow()));
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        TeamRow saved = GridKt._get(grid, rowOf(grid, "Einbürgerung & Staatsangehörigkeit"));
        assertThat(saved.managers()).extracting(EmployeeOption::fullName)
                .containsExactly(authority.secondManager().fullName());
    }

    @Test
    void a_taken_team_name_is_refused() {
        login(authority.admin());
        UI.getCurrent().navigate(TeamsView.class);
        _click(_get(Button.class, spec -> spec.withText("Neues Team")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Teamname")), "team süd");
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Speichern")));
        assertThat(notificationTexts()).containsExactly("Ein Team „team süd“ gibt es bereits.");
    }

    @Test
    void an_admin_adds_a_job_role_in_both_languages() {
        login(authority.admin());
        UI.getCurrent().navigate(JobRolesView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Bezeichnung (Deutsch)")), "Rechtsberatung");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Bezeichnung (Englisch)")), "Legal Advisor");
        _click(_get(Button.class, spec -> spec.withText("Funktion hinzufügen")));

        Grid<JobRoleOption> grid = grid("Funktionen");
        assertThat(GridKt._findAll(grid)).extracting(JobRoleOption::code).containsExactlyInAnyOrder("front-office",
                "back-office", "team-lead", "asylum-law", "trainer", "legal-advisor");
    }

    @Test
    void an_uploaded_csv_is_previewed_then_imported_in_one_go() throws Exception {
        login(authority.admin());
        UI.getCurrent().navigate(EmployeeImportView.class);
        byte[] bad = ("first_name;last_name;email;username;job_role\n"
                + "Lea;Bauer;lea.bauer@musterstadt.example;l.bauer;front-office\n"
                + "Tim;Fehler;kaputt;t.fehler;front-office\n").getBytes(StandardCharsets.UTF_8);
        UploadKt._upload(_get(Upload.class), "neu.csv", "text/csv", bad);

        Grid<ImportProblem> problems = grid("Probleme");
        assertThat(GridKt._findAll(problems)).extracting(ImportProblem::line).containsOnly(3);
        assertThat(GridKt._getFormattedRow(problems, 0)).contains("„kaputt“ ist keine gültige E-Mail-Adresse.");
        assertThat(_get(Button.class, spec -> spec.withText("Alle importieren")).isEnabled()).isFalse();

        byte[] good = ("first_name;last_name;email;username;job_role\n"
                + "Lea;Bauer;lea.bauer@musterstadt.example;l.bauer;front-office\n"
                + "Tim;Richtig;tim.richtig@musterstadt.example;t.richtig;Backoffice (Sachbearbeitung)\n")
                .getBytes(StandardCharsets.UTF_8);
        UploadKt._upload(_get(Upload.class), "neu.csv", "text/csv", good);
        Grid<ImportRow> rows = grid("Vorschau");
        assertThat(GridKt._findAll(rows)).extracting(ImportRow::username).containsExactly("l.bauer", "t.richtig");
        _click(_get(Button.class, spec -> spec.withText("Alle importieren")));
        // Background work runs at once in tests (BackgroundWorkTest covers the thread); the page hears of it by access.
        MockVaadin.runUIQueue();

        assertThat(notificationTexts()).contains("2 Mitarbeitende wurden importiert.");
        assertThat(_find(ProgressBar.class)).as("the progress bar is gone")
                .isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
        assertThat(_find(OneTimePasswordDialog.class)).hasSize(1);
        assertThat(GridKt._findAll(rows)).isEmpty();
    }

    @Test
    void the_import_preview_writes_start_dates_the_readers_way() {
        byte[] file = ("first_name;last_name;email;username;job_role;start_date\n"
                + "Eva;Datum;eva.datum@musterstadt.example;e.datum;front-office;2027-02-01\n")
                .getBytes(StandardCharsets.UTF_8);
        login(authority.admin());
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(EmployeeImportView.class);
        UploadKt._upload(_get(Upload.class), "neu.csv", "text/csv", file);
        assertThat(GridKt._getFormattedRow(grid("Vorschau"), 0)).contains("01.02.2027").doesNotContain("2027-02-01");

        login(authority.admin());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(EmployeeImportView.class);
        UploadKt._upload(_get(Upload.class), "new.csv", "text/csv", file);
        assertThat(GridKt._getFormattedRow(grid("Preview"), 0)).contains("Feb 1, 2027");
    }

    @Test
    void the_audit_log_lists_the_authoritys_actions_and_filters_them() {
        login(authority.admin());
        UI.getCurrent().navigate(TeamsView.class);
        _click(_get(Button.class, spec -> spec.withText("Neues Team")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Teamname")), "Protokollprüfung");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        UI.getCurrent().navigate("admin/audit");
        @SuppressWarnings("unchecked")
        ComboBox<AuditAction> action = _get(ComboBox.class, spec -> spec.withLabel("Aktion"));
        _setValue(action, AuditAction.TEAM_CREATED);
        Grid<AuditRecord> grid = grid("Protokoll");
        List<AuditRecord> entries = GridKt._findAll(grid);
        assertThat(entries).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.TEAM_CREATED);
            assertThat(entry.actor()).isEqualTo(authority.admin().username());
        });
        // the team test of this class may have run before and created its team in the same authority
        assertThat(entries).extracting(AuditRecord::target).contains("Protokollprüfung")
                .isSubsetOf("Protokollprüfung", "Einbürgerung");
    }

    @Test
    void the_operator_creates_an_authority_whose_first_admin_sees_only_it() {
        login("operator");
        UI.getCurrent().navigate(AuthoritiesView.class);
        _click(_get(Button.class, spec -> spec.withText("Neue Behörde")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name der Behörde")), "Ausländerbehörde Neustadt");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Kurzname")), "ABH Neustadt");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Vorname")), "Greta");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nachname")), "Sommer");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-Mail")), "greta.sommer@neustadt.example");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Benutzername")), "g.sommer");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(_find(OneTimePasswordDialog.class)).hasSize(1);
        assertThat(GridKt._findAll(this.<AuthorityRow>grid("Behörden"))).extracting(AuthorityRow::shortName)
                .contains("ABH Neustadt");

        SignedIn.as(accounts, "g.sommer");
        assertThat(employees.find(EmployeeFilter.none(), PageRequest.of(0, 50))).extracting(EmployeeRow::username)
                .containsExactly("g.sommer");
        assertThat(jobRoles.options()).extracting(JobRoleOption::code).containsExactlyInAnyOrder("front-office",
                "back-office", "team-lead", "asylum-law", "trainer");
        assertThat(account.passwordChangeRequired()).isTrue();
    }

    private static int rowOf(Grid<TeamRow> grid, String name) {
        List<TeamRow> rows = GridKt._findAll(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("No team " + name + " in " + rows);
    }

    private static Button actionButton(Grid<?> grid, int row, int index) {
        return (Button) ((HorizontalLayout) GridKt._getCellComponent(grid, row, "actions")).getComponentAt(index);
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String ariaLabel) {
        return _get(Grid.class, spec -> spec.withPredicate(g -> ariaLabel.equals(g.getAriaLabel().orElse(null))));
    }
}
