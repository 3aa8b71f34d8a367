package de.willkommensakademie.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.EmployeeFilter;
import de.willkommensakademie.people.EmployeeForm;
import de.willkommensakademie.people.EmployeeRow;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.people.JobRoleOption;
import de.willkommensakademie.people.TeamOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/** The admin's employee screens, driven the way a person uses them: by visible labels. */
class EmployeesViewTest extends KaribuTest {

    @Autowired
    EmployeeService employees;

    @BeforeEach
    void openAsAdmin() {
        login("admin");
        UI.getCurrent().navigate(EmployeesView.class);
    }

    @Test
    void the_list_shows_the_authoritys_active_employees_and_filters_them() {
        Grid<EmployeeRow> grid = employeeGrid();
        int all = GridKt._size(grid);
        assertThat(all).isGreaterThanOrEqualTo(20);
        assertThat(rows(grid)).extracting(EmployeeRow::username).contains("admin", "employee")
                .doesNotContain("admin2", "m.koch");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), "Demir");
        assertThat(rows(grid)).extracting(EmployeeRow::fullName).containsExactly("Aylin Demir");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), "");
        @SuppressWarnings("unchecked")
        ComboBox<Role> role = _get(ComboBox.class, spec -> spec.withLabel("Rolle"));
        _setValue(role, Role.MANAGER);
        // Other test classes may have added managers to the shared database (the CSV import test does).
        assertThat(rows(grid)).extracting(EmployeeRow::username).contains("manager", "c.wagner", "r.schaefer")
                .doesNotContain("employee", "trainer", "j.weiss");
    }

    @Test
    void an_admin_creates_an_employee_and_sees_the_one_time_password_once() {
        _click(_get(Button.class, spec -> spec.withText("Neue/r Mitarbeiter/in")));
        fillNewEmployee("Şebnem", "Ağaoğlu-Schröder", "sebnem.agaoglu@musterstadt.example", "s.agaoglu");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        _get(OneTimePasswordDialog.class);
        assertThat(notificationTexts()).containsExactly("Şebnem Ağaoğlu-Schröder wurde gespeichert.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), "agaoglu");
        assertThat(rows(employeeGrid())).singleElement().satisfies(row -> {
            assertThat(row.teamName()).isEqualTo("Servicepoint & Aufenthalt");
            assertThat(row.roles()).containsExactly(Role.EMPLOYEE);
        });
    }

    @Test
    void invalid_input_is_explained_and_nothing_typed_is_lost() {
        _click(_get(Button.class, spec -> spec.withText("Neue/r Mitarbeiter/in")));
        fillNewEmployee("Jan", "Ohne", "keine-adresse", "Jan Ohne");
        _click(_get(Button.class, spec -> spec.withText("Speichern")));

        EmailField email = _get(EmailField.class, spec -> spec.withLabel("E-Mail"));
        TextField username = _get(TextField.class, spec -> spec.withLabel("Benutzername"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).contains("Kleinbuchstaben");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Nachname")).getValue()).isEqualTo("Ohne");
        assertThat(_find(OneTimePasswordDialog.class)).isEmpty();
    }

    @Test
    void a_taken_username_is_refused_with_a_translated_message_and_the_dialog_stays_open() {
        _click(_get(Button.class, spec -> spec.withText("Neue/r Mitarbeiter/in")));
        fillNewEmployee("Zweite", "Aylin", "zweite.aylin@musterstadt.example", "employee");
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(notificationTexts()).containsExactly("Der Benutzername „employee“ ist bereits vergeben.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Vorname")).getValue()).isEqualTo("Zweite");
    }

    @Test
    void editing_a_record_someone_else_changed_meanwhile_is_refused_instead_of_overwriting() {
        EmployeeRow row = findRow("k.lange");
        EmployeeForm stale = employees.load(row.id());
        EmployeeForm other = employees.load(row.id());
        other.setLastName("Lange-Neu");
        employees.update(other);

        stale.setFirstName("Kevin-Überholt");
        assertThatThrownBy(() -> employees.update(stale))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(employees.load(row.id()).getLastName()).isEqualTo("Lange-Neu");
        EmployeeForm back = employees.load(row.id());
        back.setLastName("Lange");
        employees.update(back); // other test classes share this database and know him by his demo name
    }

    @Test
    void a_concurrent_change_shows_the_reload_message_in_the_dialog() {
        EmployeeRow row = findRow("j.hartmann");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), "j.hartmann");
        _click((Button) GridKt._getCellComponent(employeeGrid(), 0, "actions"));
        EmployeeForm other = employees.load(row.id());
        other.setLastName("Hartmann-Berger");
        employees.update(other);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Vorname")), "Jonas Maria");
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(notificationTexts()).containsExactly("Jemand anderes hat diesen Eintrag inzwischen geändert. "
                + "Bitte schließen Sie das Fenster, laden Sie die Seite neu und wiederholen Sie Ihre Änderung.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Vorname")).getValue()).isEqualTo("Jonas Maria");
    }

    @Test
    void deactivating_moves_the_person_to_the_inactive_list() {
        EmployeeRow row = findRow("d.petrovic");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), "d.petrovic");
        _click((Button) GridKt._getCellComponent(employeeGrid(), 0, "actions"));
        _click(_get(Button.class, spec -> spec.withText("Deaktivieren (ausgeschieden)")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(rows(employeeGrid())).isEmpty();
        assertThat(employees.find(new EmployeeFilter("d.petrovic", null, null, null, false), PageRequest.of(0, 5)))
                .singleElement().satisfies(inactive -> assertThat(inactive.id()).isEqualTo(row.id()));
    }

    @Test
    void an_admin_cannot_remove_their_own_admin_role() {
        EmployeeRow self = findRow("admin");
        EmployeeForm form = employees.load(self.id());
        form.setRoles(Set.of(Role.EMPLOYEE));
        assertThatThrownBy(() -> employees.update(form))
                .hasMessageContaining("employee.error.own-admin-role");
    }

    private void fillNewEmployee(String first, String last, String email, String username) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Vorname")), first);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nachname")), last);
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-Mail")), email);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Benutzername")), username);
        @SuppressWarnings("unchecked")
        ComboBox<JobRoleOption> jobRole = _get(ComboBox.class, spec -> spec.withLabel("Funktion")
                .withPredicate(box -> box.getParent().filter(p -> p instanceof FormLayout).isPresent()));
        _setValue(jobRole, jobRole.getListDataView().getItems().filter(o -> o.code().equals("front-office"))
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<TeamOption> team = _get(ComboBox.class, spec -> spec.withLabel("Team")
                .withPredicate(box -> box.getParent().filter(p -> p instanceof FormLayout).isPresent()));
        _setValue(team, team.getListDataView().getItems().filter(o -> o.name().startsWith("Servicepoint"))
                .findFirst().orElseThrow());
    }

    private EmployeeRow findRow(String username) {
        return employees.find(new EmployeeFilter(username, null, null, null, null), PageRequest.of(0, 5)).stream()
                .filter(row -> row.username().equals(username)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<EmployeeRow> employeeGrid() {
        return _get(Grid.class, spec -> spec.withPredicate(grid -> "Mitarbeitende".equals(grid.getAriaLabel().orElse(null))));
    }

    private static List<EmployeeRow> rows(Grid<EmployeeRow> grid) {
        return GridKt._findAll(grid);
    }
}
