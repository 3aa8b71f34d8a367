package de.willkommensakademie.people;

import java.time.Clock;
import java.time.LocalDate;
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
 * <p>Two teams: "Team Nord", led by the manager, with the employee (new, started ten days ago), the buddy (three
 * years in) and someone who left; "Team Süd", led by nobody, with the outsider. The administrator and the trainer
 * belong to no team. Shipped content (modules, role-plays, checklist templates) is shared by every authority by
 * design; what a test assigns, issues or changes here stays here.
 */
public final class TestAuthority {

    public static final String PASSWORD = "Ein langer Satz als Passwort";
    public static final String TEAM = "Team Nord";
    public static final String OTHER_TEAM = "Team Süd";

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

    // The same context (and so the same database) is reused by every test class with its configuration.
    private static final Map<ApplicationContext, Map<String, TestAuthority>> CREATED = new WeakHashMap<>();
    private static final Map<String, String> OWNERS = new HashMap<>();
    // bcrypt is slow on purpose; one hash serves every test account of the JVM, as in DemoData.
    private static String passwordHash;

    private final String slug;
    private final long id;
    private final long teamId;
    private final long otherTeamId;
    private final Map<String, Person> people;

    private TestAuthority(String slug, long id, long teamId, long otherTeamId, Map<String, Person> people) {
        this.slug = slug;
        this.id = id;
        this.teamId = teamId;
        this.otherTeamId = otherTeamId;
        this.people = people;
    }

    /** The test class's own authority in this context's database, created on first use. */
    public static TestAuthority of(ApplicationContext context, Class<?> testClass) {
        return of(context, testClass, "");
    }

    /**
     * A further authority of the test class ({@code variant} "b", "c" …), for tests about what one authority must not
     * see of another.
     */
    public static synchronized TestAuthority of(ApplicationContext context, Class<?> testClass, String variant) {
        String slug = slug(testClass) + variant;
        String owner = OWNERS.putIfAbsent(slug, testClass.getName());
        if (owner != null && !owner.equals(testClass.getName())) {
            throw new IllegalStateException(testClass.getName() + " and " + owner + " would share the test authority "
                    + slug + "; rename one of them");
        }
        return CREATED.computeIfAbsent(context, key -> new HashMap<>())
                .computeIfAbsent(slug, key -> create(context, key));
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

    /** Everyone above, active or not. */
    public List<Person> everyone() {
        return List.copyOf(people.values());
    }

    private static String authorityName(String slug) {
        return "Testbehörde " + slug;
    }

    private static TestAuthority create(ApplicationContext context, String slug) {
        long started = System.nanoTime();
        Builder builder = new Builder(context, slug);
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
        private final AuthorityRepository authorities;
        private final JobRoleRepository jobRoles;
        private final TeamRepository teams;
        private final EmployeeRepository employees;
        private final String hash;
        private final LocalDate today;
        private final Map<String, Person> people = new LinkedHashMap<>();
        private long authorityId;

        Builder(ApplicationContext context, String slug) {
            this.slug = slug;
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

            person("admin", "Anna", "Amtmann", today.minusYears(12), roles.get(BuiltInJobRole.BACK_OFFICE), null,
                    Role.ADMIN, Role.EMPLOYEE);
            Employee manager = person("manager", "Moritz", "Leitner", today.minusYears(8),
                    roles.get(BuiltInJobRole.TEAM_LEAD), north, Role.MANAGER, Role.EMPLOYEE);
            person("trainer", "Tanja", "Lehrmann", today.minusYears(5), roles.get(BuiltInJobRole.TRAINER), null,
                    Role.TRAINER, Role.EMPLOYEE);
            person("employee", "Emil", "Neumann", today.minusDays(10), roles.get(BuiltInJobRole.FRONT_OFFICE), north,
                    Role.EMPLOYEE);
            person("buddy", "Berta", "Pfeiffer", today.minusYears(3), roles.get(BuiltInJobRole.BACK_OFFICE), north,
                    Role.EMPLOYEE);
            person("outsider", "Olga", "Anders", today.minusYears(2), roles.get(BuiltInJobRole.FRONT_OFFICE), south,
                    Role.EMPLOYEE);
            Employee left = person("left", "Lars", "Weggang", today.minusYears(4),
                    roles.get(BuiltInJobRole.FRONT_OFFICE), north, Role.EMPLOYEE);
            left.deactivate(today.minusMonths(1));
            north.replaceManagers(Set.of(manager));
            return new TestAuthority(slug, authorityId, north.getId(), south.getId(), Collections.unmodifiableMap(people));
        }

        private Employee person(String role, String first, String last, LocalDate startDate, JobRole jobRole,
                Team team, Role... roles) {
            String username = slug + "." + role;
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
