package de.willkommensakademie.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.certificate.CertificateService;
import de.willkommensakademie.certificate.ExternalTraining;
import de.willkommensakademie.people.AuthorityService;
import de.willkommensakademie.people.EmployeeFilter;
import de.willkommensakademie.people.EmployeeForm;
import de.willkommensakademie.people.EmployeeRow;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.MyAccount;
import de.willkommensakademie.people.NewAuthorityForm;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TeamRow;
import de.willkommensakademie.people.TeamService;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * An authority of its own for the summary tests, so its preset can change without notifying the demo staff: a team
 * of six and a team of two whose name holds markup, both led by one manager, and one certificate in the big team that
 * runs out in ten days. Administrator and manager have replaced their one-time passwords, so screens open directly.
 */
public final class SummaryFixture {

    public static final String PASSWORD = "Ein langer Satz als Passwort";
    public static final String ADMIN = "kt.admin";
    public static final String MANAGER = "kt.leitung";
    public static final String BIG_TEAM = "Kartenteam Groß";
    public static final String SMALL_TEAM = "<script>alert('x')</script> Klein";
    /** Last names of the team members, which must never appear where names are not shown. */
    public static final List<String> BIG_MEMBERS = List.of("Ahlers", "Brandt", "Cordes", "Dreyer", "Ebert", "Fuchs");
    public static final List<String> SMALL_MEMBERS = List.of("Gerdes", "Hinz");

    private SummaryFixture() {
    }

    /** Creates the authority once per Spring context; leaves nobody signed in. */
    public static synchronized void ensure(ApplicationContext context) {
        UserDetailsService accounts = context.getBean(UserDetailsService.class);
        try {
            accounts.loadUserByUsername(MANAGER);
        } catch (UsernameNotFoundException first) {
            create(context, accounts);
        } finally {
            SignedIn.nobody();
        }
    }

    private static void create(ApplicationContext context, UserDetailsService accounts) {
        SignedIn.as(accounts, "operator");
        NewAuthorityForm form = new NewAuthorityForm();
        form.setName("Kartentest Ost");
        form.setShortName("KT Ost");
        form.setDefaultLanguage("de");
        form.setAdminFirstName("Karla");
        form.setAdminLastName("Kartenwart");
        form.setAdminEmail(ADMIN + "@karten.example");
        form.setAdminUsername(ADMIN);
        String oneTime = context.getBean(AuthorityService.class).create(form).password();
        EmployeeService employees = context.getBean(EmployeeService.class);
        SignedIn.as(accounts, ADMIN);
        context.getBean(MyAccount.class).changeOwnPassword(oneTime, PASSWORD);
        SignedIn.as(accounts, ADMIN);

        TeamService teams = context.getBean(TeamService.class);
        TeamOption big = teams.create(BIG_TEAM);
        TeamOption small = teams.create(SMALL_TEAM);
        String managerPassword = hire(context, MANAGER, "Lotte", "Leitwerk", null, Set.of(Role.MANAGER, Role.EMPLOYEE));
        BIG_MEMBERS.forEach(last -> hire(context, null, "Person", last, big, Set.of(Role.EMPLOYEE)));
        SMALL_MEMBERS.forEach(last -> hire(context, null, "Person", last, small, Set.of(Role.EMPLOYEE)));
        List<EmployeeRow> people = employees.find(EmployeeFilter.none(), PageRequest.of(0, 50));
        long managerId = people.stream().filter(row -> row.username().equals(MANAGER)).findFirst().orElseThrow().id();
        for (TeamRow team : teams.find(PageRequest.of(0, 10))) {
            teams.assignManagers(team.id(), team.version(), Set.of(managerId));
        }
        long holder = people.stream().filter(row -> row.fullName().endsWith(BIG_MEMBERS.getFirst())).findFirst()
                .orElseThrow().id();

        SignedIn.as(accounts, MANAGER);
        context.getBean(MyAccount.class).changeOwnPassword(managerPassword, PASSWORD);
        SignedIn.as(accounts, MANAGER);
        LocalDate today = LocalDate.now();
        context.getBean(CertificateService.class).issueExternal(new ExternalTraining(holder, "Erste Hilfe",
                null, today.minusYears(2), 8, "DRK", today.plusDays(10)));
    }

    private static String hire(ApplicationContext context, String username, String first, String last,
            TeamOption team, Set<Role> roles) {
        String login = username != null ? username : "kt." + last.toLowerCase(Locale.ROOT);
        EmployeeForm form = new EmployeeForm();
        form.setFirstName(first);
        form.setLastName(last);
        form.setEmail(login + "@karten.example");
        form.setUsername(login);
        form.setLanguage(Locale.GERMAN);
        form.setJobRole(context.getBean(JobRoleService.class).options().getFirst());
        form.setTeam(team);
        form.setRoles(roles);
        return context.getBean(EmployeeService.class).create(form).password();
    }
}
