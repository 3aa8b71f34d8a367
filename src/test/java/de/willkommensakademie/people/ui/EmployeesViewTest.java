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
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/**
 * The admin's employee screens, driven the way a person uses them: by visible labels. The administrator is one of an
 * authority of the class's own, so people are created, renamed and deactivated there and nothing is put back; the
 * list is read in a further authority nothing here changes, so it is exact whatever order the tests run in.
 */
class EmployeesViewTest extends KaribuTest {

    @Autowired
    EmployeeService employees;

    TestAuthority authority;

    @BeforeEach
    void openAsAdmin() {
        authority = ownAuthority();
        login(authority.admin());
        UI.getCurrent().navigate(EmployeesView.class);
    }

    @Test
    void the_list_shows_the_authoritys_active_employees_and_filters_them() {
        TestAuthority unchanged = TestAuthority.of(context, getClass(), "b");
        login(unchanged.admin());
        UI.getCurrent().navigate(EmployeesView.class);
        Grid<EmployeeRow> grid = employeeGrid();
        List<String> active = unchanged.everyone().stream().filter(person -> !person.equals(unchanged.left()))
                .map(Person::username).toList();
        assertThat(GridKt._size(grid)).isEqualTo(active.size());
        assertThat(rows(grid)).extracting(EmployeeRow::username).as("the active ones, not who left, nobody else")
                .containsExactlyInAnyOrderElementsOf(active);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), unchanged.buddy().lastName());
        assertThat(rows(grid)).extracting(EmployeeRow::fullName).containsExactly(unchanged.buddy().fullName());

        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), "");
        @SuppressWarnings("unchecked")
        ComboBox<Role> role = _get(ComboBox.class, spec -> spec.withLabel("Rolle"));
        _setValue(role, Role.MANAGER);
        assertThat(rows(grid)).extracting(EmployeeRow::username).containsExactlyInAnyOrder(
                unchanged.manager().username(), unchanged.secondManager().username());
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
            assertThat(row.teamName()).isEqualTo(TestAuthority.TEAM);
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
        String taken = authority.employee().username();
        fillNewEmployee("Zweite", "Aylin", "zweite.aylin@musterstadt.example", taken);
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(notificationTexts()).containsExactly("Der Benutzername „" + taken + "“ ist bereits vergeben.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Vorname")).getValue()).isEqualTo("Zweite");
    }

    @Test
    void editing_a_record_someone_else_changed_meanwhile_is_refused_instead_of_overwriting() {
        EmployeeRow row = findRow(authority.buddy().username());
        EmployeeForm stale = employees.load(row.id());
        EmployeeForm other = employees.load(row.id());
        other.setLastName("Pfeiffer-Neu");
        employees.update(other);

        stale.setFirstName("Berta-Überholt");
        assertThatThrownBy(() -> employees.update(stale))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(employees.load(row.id()).getLastName()).isEqualTo("Pfeiffer-Neu");
        assertThat(employees.load(row.id()).getFirstName()).isEqualTo(authority.buddy().firstName());
    }

    @Test
    void a_concurrent_change_shows_the_reload_message_in_the_dialog() {
        String username = authority.employee().username();
        EmployeeRow row = findRow(username);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), username);
        _click((Button) GridKt._getCellComponent(employeeGrid(), 0, "actions"));
        EmployeeForm other = employees.load(row.id());
        other.setLastName("Neumann-Berger");
        employees.update(other);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Vorname")), "Emil Maria");
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Speichern")));

        assertThat(notificationTexts()).containsExactly("Jemand anderes hat diesen Eintrag inzwischen geändert. "
                + "Bitte schließen Sie das Fenster, laden Sie die Seite neu und wiederholen Sie Ihre Änderung.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Vorname")).getValue()).isEqualTo("Emil Maria");
    }

    @Test
    void deactivating_moves_the_person_to_the_inactive_list() {
        String username = authority.outsider().username();
        EmployeeRow row = findRow(username);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), username);
        _click((Button) GridKt._getCellComponent(employeeGrid(), 0, "actions"));
        _click(_get(Button.class, spec -> spec.withText("Deaktivieren (ausgeschieden)")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(rows(employeeGrid())).isEmpty();
        assertThat(employees.find(new EmployeeFilter(username, null, null, null, false), PageRequest.of(0, 5)))
                .singleElement().satisfies(inactive -> assertThat(inactive.id()).isEqualTo(row.id()));
    }

    @Test
    void an_admin_cannot_remove_their_own_admin_role() {
        EmployeeRow self = findRow(authority.admin().username());
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
        _setValue(team, team.getListDataView().getItems().filter(o -> o.name().equals(TestAuthority.TEAM))
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
