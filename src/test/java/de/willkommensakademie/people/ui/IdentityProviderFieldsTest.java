package de.willkommensakademie.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.audit.AuditRecord;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.EmployeeFilter;
import de.willkommensakademie.people.EmployeeForm;
import de.willkommensakademie.people.EmployeeRow;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.people.ExternalIdentity;
import de.willkommensakademie.people.IdentityProviderAccounts;
import de.willkommensakademie.people.IdentityProviderPolicy.ManagedField;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.sso.SsoConfiguration;
import de.willkommensakademie.sso.SsoSettingsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the identity provider keeps for a linked account is read-only in the admin's employee screens and refused by
 * the service; an unlinked account can be allowed to link, audited. The class's own authority signs in through an
 * identity provider with team and job role from claims while a test runs; single sign-on is off again afterwards.
 */
class IdentityProviderFieldsTest extends KaribuTest {

    static final String ISSUER = "https://id.example/realms/identityproviderfields";
    static final String LINKED = "gudrun.dienst";

    @Autowired
    SsoSettingsService ssoSettings;

    @Autowired
    IdentityProviderAccounts identityProviderAccounts;

    @Autowired
    EmployeeService employees;

    @Autowired
    AuditLog auditLog;

    @Autowired
    UserDetailsService accounts;

    TestAuthority authority;

    @BeforeEach
    void signInOnceThroughTheIdentityProvider() {
        authority = ownAuthority();
        switchSingleSignOn(true);
        SignedIn.nobody();
        // As the sign-in does after Spring Security checked the provider's token: creates the account, linked.
        identityProviderAccounts.signIn(authority.id(), new ExternalIdentity(ISSUER, "subject-gudrun", LINKED,
                LINKED + "@test.example", true, "Gudrun", "Dienst", EnumSet.of(Role.EMPLOYEE), TestAuthority.TEAM,
                "front-office"));
        login(authority.admin());
        UI.getCurrent().navigate(EmployeesView.class);
    }

    @AfterEach
    void switchSingleSignOnOff() {
        switchSingleSignOn(false);
    }

    @Test
    void the_list_marks_the_linked_account_and_its_dialog_shows_managed_fields_read_only() {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), LINKED);
        Span username = (Span) GridKt._getCellComponent(employeeGrid(), 0, "username");
        assertThat(username.getElement().getTextRecursively()).isEqualTo(LINKED + " Dienstkonto");
        _click((Button) GridKt._getCellComponent(employeeGrid(), 0, "actions"));

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Dieses Konto ist mit dem "
                + "Dienstkonto verknüpft. Felder, die der Identitätsdienst verwaltet, lassen sich hier nicht ändern.");
        for (String label : List.of("Vorname", "Nachname", "Benutzername")) {
            TextField field = _get(TextField.class, spec -> spec.withLabel(label));
            assertThat(field.isReadOnly()).as(label).isTrue();
            assertThat(field.getHelperText()).as(label).isEqualTo("Wird vom Identitätsdienst verwaltet");
        }
        EmailField email = _get(EmailField.class, spec -> spec.withLabel("E-Mail"));
        assertThat(email.isReadOnly()).isTrue();
        assertThat(email.getHelperText()).isEqualTo("Wird vom Identitätsdienst verwaltet");
        assertThat(_get(CheckboxGroup.class, spec -> spec.withLabel("Rollen")).isReadOnly()).isTrue();
        for (String label : List.of("Team", "Funktion")) {
            ComboBox<?> box = _get(ComboBox.class, spec -> spec.withLabel(label)
                    .withPredicate(b -> b.getParent().filter(p -> p instanceof FormLayout).isPresent()));
            assertThat(box.isReadOnly()).as(label).isTrue();
            assertThat(box.getHelperText()).as(label).isEqualTo("Wird vom Identitätsdienst verwaltet");
        }
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Eintrittsdatum")).isReadOnly())
                .as("kept here, not by the provider").isFalse();
        assertThat(_find(Button.class, spec -> spec.withText("Verknüpfung mit Dienstkonto freigeben"))).isEmpty();
    }

    @Test
    void the_service_refuses_a_change_to_a_managed_field_and_saves_the_rest() {
        SignedIn.as(accounts, authority.admin());
        long id = row(LINKED).id();

        EmployeeForm renamed = employees.load(id);
        assertThat(renamed.getManagedFields()).containsExactlyInAnyOrder(ManagedField.values());
        renamed.setFirstName("Gundula");
        assertThatThrownBy(() -> employees.update(renamed)).isInstanceOfSatisfying(UserFacingException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(
                        "employee.error.managed-by-identity-provider.NAME"));

        EmployeeForm promoted = employees.load(id);
        promoted.setRoles(EnumSet.of(Role.EMPLOYEE, Role.ADMIN));
        assertThatThrownBy(() -> employees.update(promoted)).isInstanceOfSatisfying(UserFacingException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(
                        "employee.error.managed-by-identity-provider.ROLES"));

        EmployeeForm moved = employees.load(id);
        moved.setTeam(null);
        assertThatThrownBy(() -> employees.update(moved)).isInstanceOfSatisfying(UserFacingException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(
                        "employee.error.managed-by-identity-provider.TEAM"));

        EmployeeForm languageOnly = employees.load(id);
        languageOnly.setLanguage(Locale.ENGLISH);
        employees.update(languageOnly);
        assertThat(employees.load(id).getLanguage().getLanguage()).isEqualTo("en");
        assertThat(employees.load(id).getFirstName()).isEqualTo("Gudrun");
        assertThat(row(LINKED).roles()).containsExactly(Role.EMPLOYEE);
    }

    @Test
    void an_admin_allows_an_unlinked_account_to_be_linked_and_takes_it_back_audited() {
        String buddy = authority.buddy().username();
        openDialogOf(buddy);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Vorname")).isReadOnly()).isFalse();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Nicht mit einem Dienstkonto "
                + "verknüpft. Eine Anmeldung über den Identitätsdienst mit dem Benutzernamen „" + buddy
                + "“ verknüpft das Konto nur nach Ihrer Freigabe.");
        _click(_get(Button.class, spec -> spec.withText("Verknüpfung mit Dienstkonto freigeben")));
        assertThat(notificationTexts())
                .containsExactly("Die Verknüpfung von „" + buddy + "“ mit dem Dienstkonto ist freigegeben.");
        assertThat(employees.load(row(buddy).id()).isIdentityLinkAllowed()).isTrue();

        openDialogOf(buddy);
        _click(_get(Button.class, spec -> spec.withText("Freigabe zurücknehmen")));
        assertThat(employees.load(row(buddy).id()).isIdentityLinkAllowed()).isFalse();

        List<AuditRecord> entries = auditLog.find(AuditAction.EMPLOYEE_UPDATED, PageRequest.of(0, 20)).stream()
                .filter(entry -> entry.target().equals(buddy)).toList();
        assertThat(entries).extracting(AuditRecord::details).containsSubsequence(
                "Freigabe der Verknüpfung zurückgenommen",
                "Verknüpfung mit dem Dienstkonto bei der nächsten Anmeldung freigegeben");
        assertThat(entries).extracting(AuditRecord::actor).containsOnly(authority.admin().username());
    }

    @Test
    void without_single_sign_on_nothing_is_managed_and_no_link_is_offered() {
        switchSingleSignOn(false);
        login(authority.admin());
        UI.getCurrent().navigate(EmployeesView.class);
        openDialogOf(LINKED);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Vorname")).isReadOnly()).isFalse();
        openDialogOf(authority.buddy().username());
        assertThat(_find(Button.class, spec -> spec.withText("Verknüpfung mit Dienstkonto freigeben"))).isEmpty();
    }

    private void openDialogOf(String username) {
        _find(EmployeeDialog.class).forEach(EmployeeDialog::close);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), username);
        _click((Button) GridKt._getCellComponent(employeeGrid(), 0, "actions"));
    }

    private EmployeeRow row(String username) {
        return employees.find(new EmployeeFilter(username, null, null, null, null), PageRequest.of(0, 5)).stream()
                .filter(candidate -> candidate.username().equals(username)).findFirst().orElseThrow();
    }

    /** As the operator saves it: team and job role from claims, roles kept by the provider. */
    private void switchSingleSignOn(boolean on) {
        var previous = SecurityContextHolder.getContext()
                .getAuthentication();
        SignedIn.as(accounts, "operator");
        SsoConfiguration c = ssoSettings.load(authority.id());
        if (c.enabled() != on) {
            ssoSettings.save(new SsoConfiguration(c.authorityId(), c.version(), on, ISSUER, "willkommensakademie",
                    "env:WA_TEST_SSO_SECRET", c.usernameClaim(), c.emailClaim(), c.givenNameClaim(),
                    c.familyNameClaim(), c.groupsClaim(), true, "", "wa-manager", "wa-trainer", "wa-admin", "team",
                    "job_role", "", true, ""));
        }
        SecurityContextHolder.getContext().setAuthentication(previous);
    }

    @SuppressWarnings("unchecked")
    private static Grid<EmployeeRow> employeeGrid() {
        return _get(Grid.class,
                spec -> spec.withPredicate(grid -> "Mitarbeitende".equals(grid.getAriaLabel().orElse(null))));
    }
}
