package de.willkommensakademie.people;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.willkommensakademie.base.DemoMode;
import de.willkommensakademie.base.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with two authorities, teams and people, and one login per role (password {@code demo}).
 * Only when {@code app.demo-data=true}, which the README's run command sets and production never does.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";
    static final Set<String> LOGINS = Set.of("admin", "manager", "trainer", "employee", "admin2", "operator");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoMode demo;
    private final AuthorityRepository authorities;
    private final JobRoleRepository jobRoles;
    private final TeamRepository teams;
    private final EmployeeRepository employees;
    private final PlatformOperatorRepository operators;
    private final Passwords passwords;
    private final Clock clock;

    DemoData(DemoMode demo, AuthorityRepository authorities, JobRoleRepository jobRoles, TeamRepository teams,
            EmployeeRepository employees, PlatformOperatorRepository operators, Passwords passwords, Clock clock) {
        this.demo = demo;
        this.authorities = authorities;
        this.jobRoles = jobRoles;
        this.teams = teams;
        this.employees = employees;
        this.operators = operators;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.on()) {
            return;
        }
        if (authorities.count() > 0 || operators.count() > 0) {
            return;
        }
        // One hash for every demo account: same password, and bcrypt is slow on purpose.
        String hash = passwords.hash(PASSWORD);
        LocalDate today = LocalDate.now(clock);
        operators.save(new PlatformOperator("operator", "Plattform-Betrieb (Landes-IT)", hash, false));
        createMusterstadt(hash, today);
        createBeispielheim(hash, today);
        log.info("Demo data created: {} employees", employees.count());
    }

    private void createMusterstadt(String hash, LocalDate today) {
        Authority authority = authorities.save(new Authority("Ausländerbehörde Musterstadt", "ABH Musterstadt", "de"));
        authority.changeFederalState(FederalState.NW);
        Map<BuiltInJobRole, JobRole> roles = builtInRoles(authority);
        Team service = teams.save(new Team(authority.getId(), "Servicepoint & Aufenthalt"));
        Team skilled = teams.save(new Team(authority.getId(), "Fachkräfte & Einbürgerung"));
        Team asylum = teams.save(new Team(authority.getId(), "Asyl & Rückkehr"));
        var front = roles.get(BuiltInJobRole.FRONT_OFFICE);
        var back = roles.get(BuiltInJobRole.BACK_OFFICE);
        var lead = roles.get(BuiltInJobRole.TEAM_LEAD);
        var asylumLaw = roles.get(BuiltInJobRole.ASYLUM_LAW);
        var trainer = roles.get(BuiltInJobRole.TRAINER);
        long id = authority.getId();

        person(id, "musterstadt.example", hash, "admin", "Thomas", "Becker", "de", today.minusYears(12), back, null, Role.ADMIN, Role.EMPLOYEE);
        Employee manager = person(id, "musterstadt.example", hash, "manager", "Katrin", "Vogel", "de", today.minusYears(8), lead, service,
                Role.MANAGER, Role.EMPLOYEE);
        person(id, "musterstadt.example", hash, "trainer", "Jana", "Nowak", "de", today.minusYears(5), trainer, null, Role.TRAINER,
                Role.EMPLOYEE);
        person(id, "musterstadt.example", hash, "employee", "Aylin", "Demir", "de", today.minusDays(10), front, service, Role.EMPLOYEE);
        Employee skilledLead = person(id, "musterstadt.example", hash, "c.wagner", "Claudia", "Wagner", "de", today.minusYears(15), lead,
                skilled, Role.MANAGER, Role.EMPLOYEE);
        Employee asylumLead = person(id, "musterstadt.example", hash, "r.schaefer", "Ralf", "Schäfer", "de", today.minusYears(20), lead,
                asylum, Role.MANAGER, Role.EMPLOYEE);
        service.replaceManagers(Set.of(manager));
        skilled.replaceManagers(Set.of(skilledLead));
        asylum.replaceManagers(Set.of(asylumLead, manager));

        Object[][] staff = {
            {"Jürgen", "Weiß", front, service, 3000}, {"Sophie", "Müller", front, service, 400},
            {"Oleksandr", "Kovalenko", front, service, 120}, {"Fatima", "Al-Hassan", back, service, 900},
            {"Marek", "Kowalski", back, service, 2200}, {"Ioana", "Popescu", front, service, -14},
            {"Hüseyin", "Öztürk", back, skilled, 1500}, {"Birgit", "Krämer", back, skilled, 6000},
            {"Dariusz", "Wiśniewski", back, skilled, 45}, {"Elif", "Şahin", front, skilled, 700},
            {"Michael", "Braun", back, skilled, -30}, {"Nadia", "Haddad", asylumLaw, asylum, 1100},
            {"Sabine", "Fischer", asylumLaw, asylum, 5000}, {"Ahmad", "Rahimi", back, asylum, 20},
            {"Laura", "Zimmermann-Oberhausen", asylumLaw, asylum, 300}, {"Kevin", "Lange", front, service, 2},
            {"Valentina", "Rossi", back, skilled, 1800}, {"Jonas", "Hartmann", front, asylum, 600},
            {"Yasemin", "Arslan", front, service, -7}, {"Dragan", "Petrović", back, asylum, 2500},
        };
        for (Object[] row : staff) {
            String first = (String) row[0];
            String last = (String) row[1];
            person(id, "musterstadt.example", hash, username(first, last), first, last, "de", today.minusDays((Integer) row[4]),
                    (JobRole) row[2], (Team) row[3], Role.EMPLOYEE);
        }
    }

    private void createBeispielheim(String hash, LocalDate today) {
        Authority authority = authorities.save(
                new Authority("Ausländerbehörde Landkreis Beispielheim", "ABH Beispielheim", "de"));
        authority.changeFederalState(FederalState.SN);
        Map<BuiltInJobRole, JobRole> roles = builtInRoles(authority);
        Team team = teams.save(new Team(authority.getId(), "Ausländerbehörde"));
        long id = authority.getId();
        Employee admin = person(id, "beispielheim.example", hash, "admin2", "Petra", "Lorenz", "de", today.minusYears(9),
                roles.get(BuiltInJobRole.TEAM_LEAD), team, Role.ADMIN, Role.MANAGER, Role.EMPLOYEE);
        team.replaceManagers(Set.of(admin));
        person(id, "beispielheim.example", hash, "m.koch", "Martin", "Koch", "de", today.minusYears(4), roles.get(BuiltInJobRole.BACK_OFFICE),
                team, Role.EMPLOYEE);
        person(id, "beispielheim.example", hash, "e.kaya", "Emine", "Kaya", "en", today.minusDays(60), roles.get(BuiltInJobRole.FRONT_OFFICE),
                team, Role.EMPLOYEE);
        person(id, "beispielheim.example", hash, "t.richter", "Tobias", "Richter", "de", today.plusDays(21),
                roles.get(BuiltInJobRole.FRONT_OFFICE), team, Role.EMPLOYEE);
    }

    private Map<BuiltInJobRole, JobRole> builtInRoles(Authority authority) {
        Map<BuiltInJobRole, JobRole> roles = new HashMap<>();
        for (BuiltInJobRole builtIn : BuiltInJobRole.values()) {
            roles.put(builtIn, jobRoles.save(builtIn.createFor(authority.getId())));
        }
        return roles;
    }

    private Employee person(long authorityId, String mailDomain, String hash, String username, String first, String last,
            String language, LocalDate startDate, JobRole jobRole, Team team, Role... roles) {
        Employee employee = new Employee(authorityId, username, hash);
        employee.changePassword(hash, false);
        employee.changeProfile(first, last, ascii(first) + "." + ascii(last) + "@" + mailDomain, language, startDate,
                jobRole, team);
        employee.assignRoles(EnumSet.copyOf(List.of(roles)));
        return employees.save(employee);
    }

    private static String username(String first, String last) {
        return ascii(first).charAt(0) + "." + ascii(last);
    }

    private static String ascii(String name) {
        String german = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
        return Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ł", "l")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
    }
}
