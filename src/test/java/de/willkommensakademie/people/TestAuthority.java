package de.willkommensakademie.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import de.willkommensakademie.base.security.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An authority of a test class's own, so the class neither depends on what other classes left in the shared test
 * database nor has to put demo data back: created on first use, once per test class and database (an
 * {@code @OnPostgres} twin is a class of its own and gets its own), in one transaction through the repositories,
 * as {@code DemoData} fills the demo authorities. Everyone's password is {@link #PASSWORD} and already chosen, so
 * screens open without the password prompt; sign in with {@code SignedIn.as} or {@code KaribuTest.login}.
 *
 * <p>Three teams: "Team Nord", led by the manager, with the employee (new, started ten days ago), the buddy (three
 * years in) and someone who left; "Team Süd", led by nobody, with the outsider; "Team Ost", led by a second manager,
 * with one employee who prefers English (everyone else prefers German). The administrator and the trainer belong to
 * no team. Shipped content (modules, role-plays, checklist templates) is shared by every authority by
 * design; what a test assigns, issues or changes here stays here.
 */
public final class TestAuthority {

    public static final String PASSWORD = "Ein langer Satz als Passwort";
    public static final String TEAM = "Team Nord";
    public static final String OTHER_TEAM = "Team Süd";
    public static final String THIRD_TEAM = "Team Ost";

    /** A person of the test authority; {@code username} signs them in. */
    public record Person(String username, long id, String firstName, String lastName) {

        public String fullName() {
            return firstName + " " + lastName;
        }

        /** As lists and exports sort and show people: "Last, First". */
        public String sortName() {
            return lastName + ", " + firstName;
        }
    }

    // Names differ between a class's own authority and its further ones, so a screen showing the wrong one fails.
    private static final Map<String, String[]> OWN_NAMES = Map.of("admin", new String[] {"Anna", "Amtmann"},
            "manager", new String[] {"Moritz", "Leitner"}, "trainer", new String[] {"Tanja", "Lehrmann"},
            "employee", new String[] {"Emil", "Neumann"}, "buddy", new String[] {"Berta", "Pfeiffer"},
            "outsider", new String[] {"Olga", "Anders"}, "left", new String[] {"Lars", "Weggang"},
            "manager2", new String[] {"Otto", "Ostermann"}, "english", new String[] {"Emma", "Evans"});
    private static final Map<String, String[]> OTHER_NAMES = Map.of("admin", new String[] {"Bruno", "Behrendt"},
            "manager", new String[] {"Frieda", "Falk"}, "trainer", new String[] {"Gustav", "Grimm"},
            "employee", new String[] {"Hanna", "Hoffmann"}, "buddy", new String[] {"Ingo", "Illner"},
            "outsider", new String[] {"Jale", "Jansen"}, "left", new String[] {"Karl", "Kurz"},
            "manager2", new String[] {"Lena", "Lorenz"}, "english", new String[] {"Mark", "Miller"});

    // The same context (and so the same database) is reused by every test class with its configuration.
    private static final Map<ApplicationContext, Map<String, TestAuthority>> CREATED = new WeakHashMap<>();
    private static final Map<String, String> OWNERS = new HashMap<>();
    // bcrypt is slow on purpose; one hash serves every test account of the JVM, as in DemoData.
    private static String passwordHash;

    private final String slug;
    private final long id;
    private final long teamId;
    private final long otherTeamId;
    private final long thirdTeamId;
    private final Map<String, Person> people;

    private TestAuthority(String slug, long id, long teamId, long otherTeamId, long thirdTeamId,
            Map<String, Person> people) {
        this.slug = slug;
        this.id = id;
        this.teamId = teamId;
        this.otherTeamId = otherTeamId;
        this.thirdTeamId = thirdTeamId;
        this.people = people;
    }

    /** The test class's own authority in this context's database, created on first use. */
    public static TestAuthority of(ApplicationContext context, Class<?> testClass) {
        return of(context, testClass, "");
    }

    /**
     * A further authority of the test class ({@code variant} "b", "c" …), for tests about what one authority must not
     * see of another. Its people have other names than those of the class's own authority.
     */
    public static synchronized TestAuthority of(ApplicationContext context, Class<?> testClass, String variant) {
        String slug = slug(testClass) + variant;
        String owner = OWNERS.putIfAbsent(slug, testClass.getName());
        if (owner != null && !owner.equals(testClass.getName())) {
            throw new IllegalStateException(testClass.getName() + " and " + owner + " would share the test authority "
                    + slug + "; rename one of them");
        }
        return CREATED.computeIfAbsent(context, key -> new HashMap<>())
                .computeIfAbsent(slug, key -> create(context, key, variant.isEmpty() ? OWN_NAMES : OTHER_NAMES));
    }

    /** The class's simple name without "Test", lower case; short enough for usernames and the authority's short name. */
    static String slug(Class<?> testClass) {
        String name = testClass.getSimpleName().replaceFirst("Test$", "").toLowerCase(Locale.ROOT);
        return name.length() <= 30 ? name : name.substring(0, 26) + Integer.toHexString(name.hashCode() & 0xffff);
    }

    public long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return authorityName(slug);
    }

    /** "Team Nord": the manager's team. */
    public long teamId() {
        return teamId;
    }

    /** "Team Süd": led by nobody here. */
    public long otherTeamId() {
        return otherTeamId;
    }

    /** "Team Ost": led by the second manager. */
    public long thirdTeamId() {
        return thirdTeamId;
    }

    /** Administrator (and employee), in no team. */
    public Person admin() {
        return people.get("admin");
    }

    /** Manager (and employee) leading Team Nord. */
    public Person manager() {
        return people.get("manager");
    }

    /** Trainer (and employee), in no team. */
    public Person trainer() {
        return people.get("trainer");
    }

    /** A new employee of Team Nord, started ten days ago, front office. */
    public Person employee() {
        return people.get("employee");
    }

    /** A long-serving employee of Team Nord, back office: the new one's buddy. */
    public Person buddy() {
        return people.get("buddy");
    }

    /** An employee of Team Süd, which the manager does not lead. */
    public Person outsider() {
        return people.get("outsider");
    }

    /** A former employee of Team Nord, deactivated a month ago. */
    public Person left() {
        return people.get("left");
    }

    /** A manager (and employee) of the same authority leading Team Ost, not Team Nord: "another team's manager". */
    public Person secondManager() {
        return people.get("manager2");
    }

    /** An employee of Team Ost, one year in, back office, who prefers English. */
    public Person englishSpeaker() {
        return people.get("english");
    }

    /** Everyone above, active or not. */
    public List<Person> everyone() {
        return List.copyOf(people.values());
    }

    /**
     * Lets the manager lead Team Ost beside Team Nord (its own manager keeps leading it), so five active people are in
     * his teams: himself, the employee, the buddy, the second manager and the English speaker. For tests of what
     * managers see only from five people on; calling it again changes nothing.
     */
    public TestAuthority managerLeadsTeamOstToo(ApplicationContext context) {
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            EmployeeRepository employees = context.getBean(EmployeeRepository.class);
            Team east = context.getBean(TeamRepository.class).findById(thirdTeamId).orElseThrow();
            east.replaceManagers(Set.of(employees.findById(manager().id()).orElseThrow(),
                    employees.findById(secondManager().id()).orElseThrow()));
        });
        return this;
    }

    /**
     * Adds people to Team Nord (front office, started a year ago) until it has {@code activeMembers} active members,
     * the manager included, and returns the added ones (none if it has that many already): for tests that a team page
     * needs as many SQL statements for a team of 50 as for a team of 5.
     */
    public List<Person> growTeamNord(ApplicationContext context, int activeMembers) {
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(status -> {
            EmployeeRepository employees = context.getBean(EmployeeRepository.class);
            Team north = context.getBean(TeamRepository.class).findById(teamId).orElseThrow();
            JobRole frontOffice = context.getBean(JobRoleRepository.class)
                    .findByAuthorityIdAndCode(id, BuiltInJobRole.FRONT_OFFICE.code).orElseThrow();
            long present = employees.findIdsByTeamIds(List.of(teamId)).stream()
                    .filter(member -> employees.findById(member).orElseThrow().isActive()).count();
            LocalDate started = LocalDate.now(context.getBean(Clock.class)).minusYears(1);
            String hash = passwordHash(context);
            List<Person> added = new ArrayList<>();
            for (long n = present + 1; n <= activeMembers; n++) {
                String username = slug + ".member" + n;
                Employee employee = new Employee(id, username, hash);
                employee.changePassword(hash, false);
                employee.changeProfile("Mitglied" + n, "Nord", username + "@test.example", "de", started, frontOffice,
                        north);
                employee.assignRoles(EnumSet.of(Role.EMPLOYEE));
                Employee saved = employees.save(employee);
                added.add(new Person(username, saved.getId(), "Mitglied" + n, "Nord"));
            }
            return added;
        });
    }

    /** The five active people of the manager's teams once he leads Team Ost too. */
    public List<Person> managersFive() {
        return List.of(manager(), employee(), buddy(), secondManager(), englishSpeaker());
    }

    private static String authorityName(String slug) {
        return "Testbehörde " + slug;
    }

    private static TestAuthority create(ApplicationContext context, String slug, Map<String, String[]> names) {
        long started = System.nanoTime();
        Builder builder = new Builder(context, slug, names);
        TestAuthority created = new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .execute(status -> builder.build());
        // printed so the suite's log shows what an authority of one's own costs
        System.out.printf("Test authority %s created in %d ms%n", slug, (System.nanoTime() - started) / 1_000_000);
        return created;
    }

    private static synchronized String passwordHash(ApplicationContext context) {
        if (passwordHash == null) {
            passwordHash = context.getBean(Passwords.class).hash(PASSWORD);
        }
        return passwordHash;
    }

    private static final class Builder {

        private final String slug;
        private final Map<String, String[]> names;
        private final AuthorityRepository authorities;
        private final JobRoleRepository jobRoles;
        private final TeamRepository teams;
        private final EmployeeRepository employees;
        private final String hash;
        private final LocalDate today;
        private final Map<String, Person> people = new LinkedHashMap<>();
        private long authorityId;

        Builder(ApplicationContext context, String slug, Map<String, String[]> names) {
            this.slug = slug;
            this.names = names;
            this.authorities = context.getBean(AuthorityRepository.class);
            this.jobRoles = context.getBean(JobRoleRepository.class);
            this.teams = context.getBean(TeamRepository.class);
            this.employees = context.getBean(EmployeeRepository.class);
            this.hash = passwordHash(context);
            this.today = LocalDate.now(context.getBean(Clock.class));
        }

        TestAuthority build() {
            Authority authority = authorities.save(new Authority(authorityName(slug), "T " + slug, "de"));
            authorityId = authority.getId();
            Map<BuiltInJobRole, JobRole> roles = new HashMap<>();
            for (BuiltInJobRole builtIn : BuiltInJobRole.values()) {
                roles.put(builtIn, jobRoles.save(builtIn.createFor(authorityId)));
            }
            Team north = teams.save(new Team(authorityId, TEAM));
            Team south = teams.save(new Team(authorityId, OTHER_TEAM));
            Team east = teams.save(new Team(authorityId, THIRD_TEAM));

            person("admin", today.minusYears(12), roles.get(BuiltInJobRole.BACK_OFFICE), null,
                    Role.ADMIN, Role.EMPLOYEE);
            Employee manager = person("manager", today.minusYears(8),
                    roles.get(BuiltInJobRole.TEAM_LEAD), north, Role.MANAGER, Role.EMPLOYEE);
            person("trainer", today.minusYears(5), roles.get(BuiltInJobRole.TRAINER), null,
                    Role.TRAINER, Role.EMPLOYEE);
            person("employee", today.minusDays(10), roles.get(BuiltInJobRole.FRONT_OFFICE), north,
                    Role.EMPLOYEE);
            person("buddy", today.minusYears(3), roles.get(BuiltInJobRole.BACK_OFFICE), north,
                    Role.EMPLOYEE);
            person("outsider", today.minusYears(2), roles.get(BuiltInJobRole.FRONT_OFFICE), south,
                    Role.EMPLOYEE);
            Employee left = person("left", today.minusYears(4),
                    roles.get(BuiltInJobRole.FRONT_OFFICE), north, Role.EMPLOYEE);
            left.deactivate(today.minusMonths(1));
            Employee secondManager = person("manager2", today.minusYears(6),
                    roles.get(BuiltInJobRole.TEAM_LEAD), east, Role.MANAGER, Role.EMPLOYEE);
            person("english", today.minusYears(1), roles.get(BuiltInJobRole.BACK_OFFICE), east, Role.EMPLOYEE)
                    .setPreferredLanguage("en"); // saved and managed: written at the commit
            north.replaceManagers(Set.of(manager));
            east.replaceManagers(Set.of(secondManager));
            return new TestAuthority(slug, authorityId, north.getId(), south.getId(), east.getId(),
                    Collections.unmodifiableMap(people));
        }

        private Employee person(String role, LocalDate startDate, JobRole jobRole, Team team, Role... roles) {
            String username = slug + "." + role;
            String first = names.get(role)[0];
            String last = names.get(role)[1];
            Employee employee = new Employee(authorityId, username, hash);
            employee.changePassword(hash, false);
            employee.changeProfile(first, last, username + "@test.example", "de", startDate, jobRole, team);
            employee.assignRoles(EnumSet.copyOf(List.of(roles)));
            Employee saved = employees.save(employee);
            people.put(role, new Person(username, saved.getId(), first, last));
            return saved;
        }
    }
}
