package de.willkommensakademie.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.learning.AssignmentTarget;
import de.willkommensakademie.learning.Assignments;
import de.willkommensakademie.learning.ModuleStandings;
import de.willkommensakademie.people.AuthorityService;
import de.willkommensakademie.people.EmployeeForm;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.MyAccount;
import de.willkommensakademie.people.NewAuthorityForm;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TeamRow;
import de.willkommensakademie.people.TeamService;
import de.willkommensakademie.visibility.VisibilityPreset;
import de.willkommensakademie.visibility.VisibilitySettings;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.ActiveProfiles;

/**
 * The weekly manager digest over a real SMTP server (GreenMail), with the digest's day moved week by week: what
 * became overdue since the last digest and what expires within 30 days, per manager, in their language, within the
 * authority's preset; nothing new, no e-mail. Two authorities of its own, so demo data and other tests stay apart.
 * Statuses come from the real clock, so the data lies in the past and the digest's days move towards today.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
@ActiveProfiles("test")
class ManagerDigestTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String NORTH = "dig.nord";
    private static final String SOUTH = "dig.south";

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ManagerDigest digest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ModuleStandings standings;
    @Autowired
    AuthorityService authorities;
    @Autowired
    EmployeeService employees;
    @Autowired
    MyAccount account;
    @Autowired
    TeamService teams;
    @Autowired
    JobRoleService jobRoles;
    @Autowired
    Assignments assignments;
    @Autowired
    VisibilitySettings visibility;

    private final LocalDate today = LocalDate.now();
    private List<Map<String, Object>> runsBefore;

    @BeforeEach
    void fixtures() throws Exception {
        runsBefore = jdbc.queryForList("select employee_id, last_day from manager_digest_run");
        ensureFixtures();
        // every test starts with the fixture managers' first digest
        jdbc.update("delete from manager_digest_run where employee_id in (select id from employee where username like 'dig.%')");
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void putBack() {
        SignedIn.nobody();
        List<Long> before = runsBefore.stream().map(row -> ((Number) row.get("employee_id")).longValue()).toList();
        jdbc.update("delete from manager_digest_run where employee_id not in (" + ids(before) + ")");
        for (Map<String, Object> row : runsBefore) {
            jdbc.update("update manager_digest_run set last_day = ? where employee_id = ?", row.get("last_day"),
                    row.get("employee_id"));
        }
    }

    @Test
    void each_manager_hears_once_what_became_overdue_and_what_expires_in_their_language_and_only_about_their_teams()
            throws Exception {
        assertThat(digest.sendDigests(today.minusDays(7))).as("first week").isPositive();
        MimeMessage[] first = SMTP.getReceivedMessages();
        MimeMessage german = find(first, NORTH + ".lead-a");
        String germanText = text(german);
        assertThat(german.getSubject()).startsWith("Willkommensakademie: Wochenübersicht Ihrer Teams");
        assertThat(germanText)
                .contains("Guten Tag Greta Nordlicht,")
                .contains("Nord Team A")
                .contains("Albers, Anna: „" + title(0, "de") + "“ (Pflicht) – überfällig seit "
                        + german(today.minusDays(10)))
                .contains("Brandt, Bernd: „" + title(0, "de") + "“ (Pflicht) – überfällig seit "
                        + german(today.minusDays(10)))
                .contains("Brandt, Bernd: „" + title(2, "de") + "“ (Pflicht) – läuft am "
                        + german(today.plusDays(10)) + " ab")
                .contains("Albers, Anna: Bescheinigung „Erste Hilfe“ – gültig bis " + german(today.plusDays(12)))
                .contains("/team/progress?team=")
                .contains("status=overdue")
                .doesNotContain(title(1, "de"), "Conrad", "Dorn", "Ellis", "Fuchs");
        MimeMessage english = find(first, SOUTH + ".lead");
        assertThat(english.getSubject()).startsWith("Willkommensakademie: weekly overview of your teams");
        assertThat(text(english))
                .contains("Dear Sam Southgate,")
                .contains("Ellis, Emma: “" + title(0, "en") + "” (mandatory) – overdue since")
                .contains("Fuchs, Frank")
                .contains("Ellis, Emma: certificate “First aid” – valid until")
                .doesNotContain("Albers", "Brandt", "Conrad", "Dorn", "Nord Team");
        assertThat(find(first, NORTH + ".lead-b")).as("nothing to report in team B").isNull();
        assertThat(find(first, NORTH + ".lead-c")).as("opted out").isNull();

        SMTP.purgeEmailFromAllMailboxes();
        digest.sendDigests(today.minusDays(5));
        assertThat(fixtureMails(SMTP.getReceivedMessages())).as("same week, nothing new").isEmpty();

        digest.sendDigests(today);
        MimeMessage[] nextWeek = fixtureMails(SMTP.getReceivedMessages());
        assertThat(nextWeek).hasSize(1);
        assertThat(text(nextWeek[0]))
                .contains("Albers, Anna: „" + title(1, "de") + "“ (empfohlen) – überfällig seit "
                        + german(today.minusDays(3)))
                .doesNotContain(title(0, "de"), title(2, "de"), "Erste Hilfe");
        assertThat(nextWeek[0].getAllRecipients()[0].toString()).startsWith(NORTH + ".lead-a@");
    }

    @Test
    void under_totals_only_the_digest_names_nobody_and_hides_counts_of_fewer_than_five() throws Exception {
        SignedIn.as(accounts, SOUTH + ".admin");
        long version = visibility.state().version();
        visibility.change(VisibilityPreset.TOTALS_ONLY, version);
        try {
            digest.sendDigests(today.minusDays(7));
            MimeMessage english = find(SMTP.getReceivedMessages(), SOUTH + ".lead");
            assertThat(english).isNotNull();
            assertThat(text(english))
                    .contains("“" + title(0, "en") + "” (mandatory): became overdue: fewer than 5")
                    .contains("Certificate “First aid”: fewer than 5 people")
                    .doesNotContain("Ellis", "Emma", "Fuchs", "Frank", "Albers");
        } finally {
            SignedIn.as(accounts, SOUTH + ".admin");
            visibility.change(VisibilityPreset.STATUS_PER_PERSON, visibility.state().version());
        }
    }

    @Test
    void under_mandatory_only_recommended_training_appears_only_as_counts() throws Exception {
        SignedIn.as(accounts, NORTH + ".admin");
        visibility.change(VisibilityPreset.MANDATORY_ONLY, visibility.state().version());
        try {
            digest.sendDigests(today);
            MimeMessage german = find(SMTP.getReceivedMessages(), NORTH + ".lead-a");
            assertThat(german).isNotNull();
            String text = text(german);
            assertThat(text)
                    .contains("Brandt, Bernd: „" + title(2, "de") + "“ (Pflicht) – läuft am "
                            + german(today.plusDays(10)) + " ab")
                    .contains("„" + title(1, "de") + "“ (empfohlen): überfällig geworden: weniger als 5")
                    .contains("Albers, Anna: Bescheinigung „Erste Hilfe“")
                    .doesNotContain("Albers, Anna: „" + title(1, "de"), "Brandt, Bernd: „" + title(1, "de"));
        } finally {
            SignedIn.as(accounts, NORTH + ".admin");
            visibility.change(VisibilityPreset.STATUS_PER_PERSON, visibility.state().version());
        }
    }

    @Test
    void the_weekly_run_takes_its_shedlock_lock() {
        digest.sendDigests();
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'manager-digest'", Integer.class))
                .isEqualTo(1);
    }

    // ---- fixtures -------------------------------------------------------------------------------------------

    private static List<Map<String, Object>> modules;

    /** Three published platform modules: overdue, overdue later (recommended), and one running out. */
    private String title(int index, String language) {
        return (String) modules.get(index).get("title_" + language);
    }

    private synchronized void ensureFixtures() {
        if (modules == null) {
            modules = jdbc.queryForList("""
                    select id, title_de, title_en from learning_module
                    where authority_id is null and status = 'PUBLISHED' and title_en is not null
                    order by id""").subList(0, 3);
        }
        try {
            accounts.loadUserByUsername(NORTH + ".admin");
            return;
        } catch (UsernameNotFoundException notYet) {
            // created below, once per Spring context
        }
        long a = createAuthority(NORTH, "Digesttest Nord", "de");
        long teamA = team("Nord Team A", lead(NORTH + ".lead-a", "Greta", "Nordlicht", "de"));
        long anna = member(NORTH + ".m1", "Anna", "Albers", "de", teamA);
        long bernd = member(NORTH + ".m2", "Bernd", "Brandt", "de", teamA);
        long teamB = team("Nord Team B", lead(NORTH + ".lead-b", "Hanna", "Nordheim", "de"));
        member(NORTH + ".m3", "Carla", "Conrad", "de", teamB);
        long teamC = team("Nord Team C", lead(NORTH + ".lead-c", "Ida", "Nordmann", "de"));
        member(NORTH + ".m4", "Dieter", "Dorn", "de", teamC);
        assign(a, 0, teamA, true, today.minusDays(10));
        assign(a, 1, teamA, false, today.minusDays(3));
        assign(a, 2, teamA, true, today.plusDays(20));
        assign(a, 0, teamC, true, today.minusDays(10));
        complete(a, bernd, 2, today.plusDays(10));
        certificate(a, anna, "Anna Albers", today.plusDays(12));
        SignedIn.as(accounts, NORTH + ".lead-c");
        account.changeMyTeamDigest(false);

        long s = createAuthority(SOUTH, "Digest test South", "en");
        long south = team("South Team", lead(SOUTH + ".lead", "Sam", "Southgate", "en"));
        long emma = member(SOUTH + ".m1", "Emma", "Ellis", "en", south);
        member(SOUTH + ".m2", "Frank", "Fuchs", "en", south);
        assign(s, 0, south, true, today.minusDays(10));
        certificate(s, emma, "Emma Ellis", today.plusDays(12));
        SignedIn.nobody();
    }

    private long createAuthority(String prefix, String name, String language) {
        SignedIn.as(accounts, "operator");
        NewAuthorityForm form = new NewAuthorityForm();
        form.setName(name);
        form.setShortName(name.substring(0, 12));
        form.setDefaultLanguage(language);
        form.setAdminFirstName("Ada");
        form.setAdminLastName("Admin");
        form.setAdminEmail(prefix + ".admin@digest.example");
        form.setAdminUsername(prefix + ".admin");
        authorities.create(form);
        return SignedIn.as(accounts, prefix + ".admin").authorityId();
    }

    private long lead(String username, String first, String last, String language) {
        return hire(username, first, last, language, null, Set.of(Role.EMPLOYEE, Role.MANAGER));
    }

    private long member(String username, String first, String last, String language, long teamId) {
        TeamOption team = teams.options().stream().filter(option -> option.id() == teamId).findFirst().orElseThrow();
        return hire(username, first, last, language, team, Set.of(Role.EMPLOYEE));
    }

    private long hire(String username, String first, String last, String language, TeamOption team, Set<Role> roles) {
        EmployeeForm form = new EmployeeForm();
        form.setFirstName(first);
        form.setLastName(last);
        form.setEmail(username + "@digest.example");
        form.setUsername(username);
        form.setLanguage(Locale.forLanguageTag(language));
        form.setStartDate(today.minusYears(1));
        form.setJobRole(jobRoles.options().getFirst());
        form.setTeam(team);
        form.setRoles(roles);
        employees.create(form);
        return jdbc.queryForObject("select id from employee where username = ?", Long.class, username);
    }

    /** A team led by the manager; the admin stays signed in. */
    private long team(String name, long managerId) {
        long id = teams.create(name).id();
        TeamRow row = teams.find(PageRequest.of(0, 100)).stream().filter(team -> team.id() == id).findFirst()
                .orElseThrow();
        teams.assignManagers(id, row.version(), Set.of(managerId));
        return id;
    }

    /** Assigned for a future day (the service refuses the past), then moved to the day wanted. */
    private void assign(long authorityId, int module, long teamId, boolean mandatory, LocalDate due) {
        long moduleId = ((Number) modules.get(module).get("id")).longValue();
        assignments.assign(moduleId, AssignmentTarget.TEAM, teamId, mandatory, today.plusDays(30), null);
        jdbc.update("""
                update assignment set due_date = ? where authority_id = ? and content_id = ? and target_kind = 'TEAM'
                and target_id = ?""", due, authorityId, moduleId, teamId);
    }

    /** A completion of the module that runs out on {@code expires}. */
    private void complete(long authorityId, long employeeId, int module, LocalDate expires) {
        long moduleId = ((Number) modules.get(module).get("id")).longValue();
        long versionId = jdbc.queryForObject("select max(id) from module_version where module_id = ?", Long.class,
                moduleId);
        long id = jdbc.queryForObject("select next value for learning_progress_seq", Long.class);
        Instant done = today.minusMonths(11).atStartOfDay(ZoneId.systemDefault()).toInstant();
        jdbc.update("""
                insert into learning_progress (id, version, authority_id, employee_id, module_id, module_version,
                    started_at, viewed_lessons, passed_quizzes, last_lesson, completed_at, expires_at)
                values (?, 0, ?, ?, ?, ?, ?, '', '', 0, ?, ?)""", id, authorityId, employeeId, moduleId, versionId,
                Timestamp.from(done), Timestamp.from(done),
                Timestamp.from(expires.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
        // written around the services, as an import would: the standings that team views read are rebuilt
        standings.rebuild(authorityId);
    }

    /** An issued certificate of a first-aid course that ends on {@code validUntil}. */
    private void certificate(long authorityId, long employeeId, String holder, LocalDate validUntil) {
        long id = jdbc.queryForObject("select next value for certificate_seq", Long.class);
        jdbc.update("""
                insert into certificate (id, version, authority_id, employee_id, holder_name, number, code,
                    source_kind, source_id, title_de, title_en, completed_on, minutes, valid_until, language, pdf,
                    issued_at)
                values (?, 0, ?, ?, ?, ?, ?, 'MODULE', 919191, 'Erste Hilfe', 'First aid', ?, 60, ?, 'de', ?, ?)""",
                id, authorityId, employeeId, holder, "DIG-" + id, "dig-" + id, today.minusYears(1), validUntil,
                new byte[] {1}, Timestamp.from(Instant.now()));
    }

    // ---- reading the mail -----------------------------------------------------------------------------------

    private static String german(LocalDate date) {
        return String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String text(MimeMessage message) throws Exception {
        return (String) message.getContent();
    }

    private static MimeMessage find(MimeMessage[] messages, String username) throws Exception {
        for (MimeMessage message : messages) {
            if (message.getAllRecipients()[0].toString().startsWith(username + "@")) {
                return message;
            }
        }
        return null;
    }

    private static MimeMessage[] fixtureMails(MimeMessage[] messages) throws Exception {
        List<MimeMessage> ours = new ArrayList<>();
        for (MimeMessage message : messages) {
            if (message.getAllRecipients()[0].toString().endsWith("@digest.example")) {
                ours.add(message);
            }
        }
        return ours.toArray(MimeMessage[]::new);
    }

    private static String ids(List<Long> ids) {
        return ids.isEmpty() ? "-1" : String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
