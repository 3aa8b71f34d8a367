package de.willkommensakademie.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.certificate.CertificateService;
import de.willkommensakademie.certificate.ExternalTraining;
import de.willkommensakademie.people.EmployeeFilter;
import de.willkommensakademie.people.EmployeeForm;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TeamRow;
import de.willkommensakademie.people.TeamService;
import de.willkommensakademie.people.TestAuthority;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The summary tests' teams in the test class's own authority, so its preset can change there for good: beside the
 * authority's own teams a team of six and a team of two whose name holds markup, both led by its manager (who keeps
 * Team Nord), and one certificate in the big team that runs out in ten days.
 */
public final class SummaryFixture {

    public static final String BIG_TEAM = "Kartenteam Groß";
    public static final String SMALL_TEAM = "<script>alert('x')</script> Klein";
    /** Last names of the team members, which must never appear where names are not shown. */
    public static final List<String> BIG_MEMBERS = List.of("Ahlers", "Brandt", "Cordes", "Dreyer", "Ebert", "Fuchs");
    public static final List<String> SMALL_MEMBERS = List.of("Gerdes", "Hinz");

    private SummaryFixture() {
    }

    /** The class's own authority with the two teams, made on first use; leaves nobody signed in. */
    public static synchronized TestAuthority ensure(ApplicationContext context, Class<?> testClass) {
        TestAuthority authority = TestAuthority.of(context, testClass);
        UserDetailsService accounts = context.getBean(UserDetailsService.class);
        try {
            SignedIn.as(accounts, authority.admin());
            // asked of the database, so each context's database (and only it) gets the teams once
            if (context.getBean(TeamService.class).options().stream().noneMatch(team -> team.name().equals(BIG_TEAM))) {
                create(context, accounts, authority);
            }
        } finally {
            SignedIn.nobody();
        }
        return authority;
    }

    private static void create(ApplicationContext context, UserDetailsService accounts, TestAuthority authority) {
        TeamService teams = context.getBean(TeamService.class);
        TeamOption big = teams.create(BIG_TEAM);
        TeamOption small = teams.create(SMALL_TEAM);
        BIG_MEMBERS.forEach(last -> hire(context, authority, last, big));
        SMALL_MEMBERS.forEach(last -> hire(context, authority, last, small));
        for (TeamRow team : teams.find(PageRequest.of(0, 10))) {
            if (team.id() == big.id() || team.id() == small.id()) {
                teams.assignManagers(team.id(), team.version(), Set.of(authority.manager().id()));
            }
        }
        long holder = context.getBean(EmployeeService.class).find(new EmployeeFilter(
                username(authority, BIG_MEMBERS.getFirst()), null, null, null, null), PageRequest.of(0, 1))
                .getFirst().id();

        SignedIn.as(accounts, authority.manager());
        LocalDate today = LocalDate.now();
        context.getBean(CertificateService.class).issueExternal(new ExternalTraining(holder, "Erste Hilfe",
                null, today.minusYears(2), 8, "DRK", today.plusDays(10)));
    }

    private static void hire(ApplicationContext context, TestAuthority authority, String last, TeamOption team) {
        String login = username(authority, last);
        EmployeeForm form = new EmployeeForm();
        form.setFirstName("Person");
        form.setLastName(last);
        form.setEmail(login + "@karten.example");
        form.setUsername(login);
        form.setLanguage(Locale.GERMAN);
        form.setJobRole(context.getBean(JobRoleService.class).options().getFirst());
        form.setTeam(team);
        form.setRoles(Set.of(Role.EMPLOYEE));
        context.getBean(EmployeeService.class).create(form);
    }

    private static String username(TestAuthority authority, String last) {
        return authority.slug() + "." + last.toLowerCase(Locale.ROOT);
    }
}
