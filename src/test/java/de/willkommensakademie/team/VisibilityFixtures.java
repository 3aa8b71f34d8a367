package de.willkommensakademie.team;

import java.util.Locale;
import java.util.Set;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.AuthorityService;
import de.willkommensakademie.people.EmployeeFilter;
import de.willkommensakademie.people.EmployeeForm;
import de.willkommensakademie.people.EmployeeRow;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.MyAccount;
import de.willkommensakademie.people.NewAuthorityForm;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Authorities of their own for the preset tests: changing a preset notifies every employee, and other test classes
 * share the demo authorities, whose presets and notices they may count on. Each has an administrator (password
 * already replaced, so screens open without the password prompt), an active employee and a deactivated one.
 */
public final class VisibilityFixtures {

    public static final String PASSWORD = "Ein langer Satz als Passwort";

    /** German-speaking test authority. */
    public static final Authority GERMAN = new Authority("Sichtbarkeitstest Nord", "SIT Nord", "de", "sit.nord");
    /** English-speaking test authority. */
    public static final Authority ENGLISH = new Authority("Sichtbarkeitstest Süd", "SIT Süd", "en", "sit.sued");

    public record Authority(String name, String shortName, String language, String prefix) {

        public String admin() {
            return prefix + ".admin";
        }

        public String active() {
            return prefix + ".aktiv";
        }

        public String left() {
            return prefix + ".weg";
        }
    }

    private VisibilityFixtures() {
    }

    /** Creates the authority once per test run (the database lives as long as the Spring context); leaves nobody signed in. */
    public static synchronized AppUser ensure(ApplicationContext context, Authority authority) {
        UserDetailsService accounts = context.getBean(UserDetailsService.class);
        try {
            return (AppUser) accounts.loadUserByUsername(authority.admin());
        } catch (UsernameNotFoundException first) {
            create(context, accounts, authority);
            return (AppUser) accounts.loadUserByUsername(authority.admin());
        } finally {
            SignedIn.nobody();
        }
    }

    private static void create(ApplicationContext context, UserDetailsService accounts, Authority authority) {
        SignedIn.as(accounts, "operator");
        NewAuthorityForm form = new NewAuthorityForm();
        form.setName(authority.name());
        form.setShortName(authority.shortName());
        form.setDefaultLanguage(authority.language());
        form.setAdminFirstName("Vera");
        form.setAdminLastName("Sichtfeld");
        form.setAdminEmail(authority.admin() + "@sichtbarkeit.example");
        form.setAdminUsername(authority.admin());
        String oneTime = context.getBean(AuthorityService.class).create(form).password();

        EmployeeService employees = context.getBean(EmployeeService.class);
        SignedIn.as(accounts, authority.admin());
        context.getBean(MyAccount.class).changeOwnPassword(oneTime, PASSWORD);
        SignedIn.as(accounts, authority.admin());
        String activeOneTime = hire(context, authority, authority.active(), "Aktiv");
        hire(context, authority, authority.left(), "Ausgeschieden");
        EmployeeRow left = employees.find(EmployeeFilter.none(), PageRequest.of(0, 50)).stream()
                .filter(row -> row.username().equals(authority.left())).findFirst().orElseThrow();
        employees.deactivate(left.id(), left.version());
        SignedIn.as(accounts, authority.active());
        context.getBean(MyAccount.class).changeOwnPassword(activeOneTime, PASSWORD);
    }

    private static String hire(ApplicationContext context, Authority authority, String username, String lastName) {
        EmployeeForm form = new EmployeeForm();
        form.setFirstName("Test");
        form.setLastName(lastName);
        form.setEmail(username + "@sichtbarkeit.example");
        form.setUsername(username);
        form.setLanguage(Locale.forLanguageTag(authority.language()));
        form.setJobRole(context.getBean(JobRoleService.class).options().getFirst());
        form.setRoles(Set.of(Role.EMPLOYEE));
        return context.getBean(EmployeeService.class).create(form).password();
    }
}
