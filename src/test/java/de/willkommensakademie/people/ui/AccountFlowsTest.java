package de.willkommensakademie.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.PasswordField;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.people.EmployeeForm;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What every person does with their own account: language, password, the forced change of a one-time password. */
class AccountFlowsTest extends KaribuTest {

    @Autowired
    EmployeeService employees;
    @Autowired
    JobRoleService jobRoles;
    @Autowired
    UserDetailsService accounts;

    @Test
    void switching_to_english_is_remembered_for_the_next_login() {
        // a person of the class's own authority, who reads German until she switches
        Person person = ownAuthority().employee();
        login(person);
        UI.getCurrent().navigate("");
        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class), "English");

        AppUser reloaded = (AppUser) accounts.loadUserByUsername(person.username());
        assertThat(reloaded.language()).isEqualTo(Locale.ENGLISH);
        login(person);
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class).getText()).isEqualTo("Welcome, " + person.fullName());

        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class), "Deutsch");
        assertThat(((AppUser) accounts.loadUserByUsername(person.username())).language()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void a_new_employee_must_replace_the_one_time_password_before_anything_else() {
        SignedIn.as(accounts, ownAuthority().admin());
        EmployeeForm form = new EmployeeForm();
        form.setFirstName("Neu");
        form.setLastName("Eingestellt");
        form.setEmail("neu.eingestellt@test.example");
        form.setUsername("n.eingestellt");
        form.setJobRole(jobRoles.options().getFirst());
        String oneTime = employees.create(form).password();

        login("n.eingestellt");
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class).getText()).isEqualTo("Passwort ändern");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Aktuelles Passwort")), oneTime);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Neues Passwort")), "Ein langer Satz als Passwort");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Neues Passwort wiederholen")),
                "Ein langer Satz als Passwort");
        _click(_get(Button.class, spec -> spec.withText("Passwort speichern")));

        assertThat(_get(H2.class).getText()).isEqualTo("Willkommen, Neu Eingestellt");
        assertThat(notificationTexts()).contains("Ihr Passwort wurde geändert.");
    }

    @Test
    void a_wrong_current_password_or_a_short_new_one_is_refused_with_a_message() {
        login(ownAuthority().trainer());
        UI.getCurrent().navigate("account/password");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Aktuelles Passwort")), "falsch");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Neues Passwort")), "Ein langer Satz als Passwort");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Neues Passwort wiederholen")),
                "Ein langer Satz als Passwort");
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Passwort speichern")));
        assertThat(notificationTexts()).containsExactly("Das aktuelle Passwort ist falsch.");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Aktuelles Passwort")), TestAuthority.PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Neues Passwort")), "kurz");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Neues Passwort wiederholen")), "kurz");
        clickThroughErrorHandler(_get(Button.class, spec -> spec.withText("Passwort speichern")));
        assertThat(notificationTexts()).contains("Das neue Passwort muss 10 bis 72 Zeichen lang sein.");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Neues Passwort wiederholen")), "anders");
        _click(_get(Button.class, spec -> spec.withText("Passwort speichern")));
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Neues Passwort wiederholen")).getErrorMessage())
                .isEqualTo("Die beiden neuen Passwörter stimmen nicht überein.");
    }
}
