package de.willkommensakademie.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.security.Role;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queries of the people and audit features, run against each database we support (see the H2 and PostgreSQL
 * subclasses), on the demo data.
 */
abstract class PeopleRepositoryContract {

    @Autowired
    EmployeeRepository employees;
    @Autowired
    TeamRepository teams;
    @Autowired
    JobRoleRepository jobRoles;
    @Autowired
    AuthorityRepository authorities;
    @Autowired
    EmployeeService employeeService;
    @Autowired
    AuditLog auditLog;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    Flyway flyway;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void all_migrations_are_applied() {
        assertThat(flyway.info().applied()).isNotEmpty()
                .allSatisfy(migration -> assertThat(migration.getState().isFailed()).isFalse());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void the_filtered_employee_page_comes_with_team_job_role_and_roles() {
        long authorityId = authorityId("ABH Musterstadt");
        var filter = new EmployeeFilter("ö", null, Role.EMPLOYEE, null, true);
        var page = transactions.execute(status -> employees.findAll(EmployeeSpecifications.matching(authorityId, filter),
                PageRequest.of(0, 10, Sort.by("lastName"))).map(e -> EmployeeService.toRow(e, Instant.now())));
        assertThat(page.getContent()).extracting(EmployeeRow::fullName).contains("Hüseyin Öztürk");
        assertThat(page.getContent()).allSatisfy(row -> {
            assertThat(row.jobRole()).isNotNull();
            assertThat(row.roles()).contains(Role.EMPLOYEE);
        });
    }

    @Test
    void one_page_of_employees_takes_a_fixed_number_of_queries_whatever_its_size() {
        SignedIn.as(accounts, "admin");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        var rows = employeeService.find(EmployeeFilter.none(), PageRequest.of(0, 50));
        long queries = statistics.getPrepareStatementCount();
        assertThat(rows).hasSizeGreaterThan(20);
        // the page with team and job role, the count for the page, the roles in one batch
        assertThat(queries).isLessThanOrEqualTo(3);
    }

    @Test
    void existing_usernames_and_emails_are_found_in_one_query_each() {
        assertThat(employees.findExistingUsernames(Set.of("admin", "niemand", "m.koch")))
                .containsExactlyInAnyOrder("admin", "m.koch");
        assertThat(employees.findExistingEmails(Set.of("aylin.demir@musterstadt.example", "x@y.example")))
                .containsExactly("aylin.demir@musterstadt.example");
    }

    @Test
    void team_queries_count_members_and_find_the_teams_a_manager_leads() {
        long authorityId = authorityId("ABH Musterstadt");
        long managerId = employees.findByUsername("manager").orElseThrow().getId();
        List<Team> led = transactions.execute(status -> teams.findManagedBy(authorityId, managerId));
        assertThat(led).extracting(Team::name).containsExactly("Asyl & Rückkehr", "Servicepoint & Aufenthalt");
        var counts = employees.countActiveMembers(led.stream().map(Team::getId).toList());
        assertThat(counts).hasSize(2).allSatisfy(row -> assertThat((Long) row[1]).isPositive());
        assertThat(teams.existsByAuthorityIdAndNameIgnoreCase(authorityId, "ASYL & RÜCKKEHR")).isTrue();
    }

    @Test
    void staff_members_read_together_match_their_employee_records() {
        List<Long> everyone = transactions.execute(status -> employees.findAll().stream().map(Employee::getId)
                .toList());
        var staff = new StaffDirectory(employees, authorities, teams);
        var together = staff.members(everyone);
        assertThat(together).hasSize(everyone.size());
        assertThat(together.values()).anySatisfy(member -> assertThat(member.managerIds()).isNotEmpty())
                .anySatisfy(member -> assertThat(member.teamId()).isNull());
        transactions.executeWithoutResult(status -> everyone.forEach(id -> assertThat(together.get(id))
                .as("employee " + id).isEqualTo(fromEntity(employees.findById(id).orElseThrow()))));
        assertThat(staff.member(everyone.getFirst())).contains(together.get(everyone.getFirst()));
        assertThat(staff.members(List.of(-1L))).isEmpty();
        assertThat(staff.member(-1L)).isEmpty();
    }

    /** The oracle: what the entity graph says about the person (the directory reads it with projections). */
    private StaffMember fromEntity(Employee employee) {
        String authorityName = authorities.findById(employee.authorityId()).map(Authority::name).orElseThrow();
        Team team = employee.team();
        List<Long> managers = team == null ? List.of()
                : team.managers().stream().map(Employee::getId).sorted().toList();
        return new StaffMember(employee.getId(), employee.authorityId(), authorityName, employee.fullName(),
                employee.email(), employee.preferredLanguage(), employee.isActive(), employee.wantsEmailDigest(),
                team == null ? null : team.getId(), managers,
                employee.jobRole() == null ? null : employee.jobRole().code());
    }

    @Test
    void the_facts_of_teams_are_the_active_members_without_names() {
        long authorityId = authorityId("ABH Musterstadt");
        List<Long> teamIds = transactions.execute(status -> teams.findAll().stream()
                .filter(team -> team.authorityId() == authorityId).map(Team::getId).toList());
        List<TeamMember> members = employees.findActiveMembers(authorityId, teamIds);
        List<EmployeeFacts> facts = employees.findActiveFactsInTeams(authorityId, teamIds);

        assertThat(members).hasSizeGreaterThanOrEqualTo(3);
        assertThat(facts).containsExactlyInAnyOrderElementsOf(members.stream().map(TeamMember::facts).toList());
        long oneTeam = members.getFirst().teamId();
        assertThat(employees.findActiveFactsInTeams(authorityId, List.of(oneTeam))).isNotEmpty()
                .allSatisfy(person -> assertThat(person.teamId()).isEqualTo(oneTeam));
    }

    @Test
    void admin_figures_count_starters_locked_accounts_and_people_without_team() {
        long authorityId = authorityId("ABH Musterstadt");
        LocalDate today = LocalDate.now();
        assertThat(employees.countStartingBetween(authorityId, today.minusDays(20), today)).isGreaterThanOrEqualTo(2);
        // admin and trainer have no team in the demo data; tests sharing this context may add more
        assertThat(employees.countByAuthorityIdAndActiveTrueAndTeamIsNull(authorityId)).isGreaterThanOrEqualTo(2);
        assertThat(employees.countLocked(authorityId, Instant.now())).isZero();
        // the CSV import test adds a manager to the shared database
        assertThat(employees.findActiveWithRole(authorityId, Role.MANAGER)).extracting(Employee::username)
                .contains("manager", "c.wagner", "r.schaefer").doesNotContain("employee", "trainer", "j.weiss");
        assertThat(jobRoles.findByAuthorityIdOrderByBuiltInDescNameDe(authorityId)).extracting(JobRole::code)
                .startsWith("back-office", "asylum-law", "front-office", "team-lead", "trainer");
    }

    @Test
    void the_audit_log_is_kept_per_authority_and_filtered_by_action() {
        SignedIn.as(accounts, "admin");
        transactions.executeWithoutResult(status -> auditLog.record(AuditAction.TEAM_CREATED, "Testteam", "contract"));
        var entries = auditLog.find(AuditAction.TEAM_CREATED, PageRequest.of(0, 20));
        assertThat(entries).isNotEmpty().allSatisfy(entry -> assertThat(entry.action()).isEqualTo(AuditAction.TEAM_CREATED));
        SignedIn.as(accounts, "admin2");
        assertThat(auditLog.find(AuditAction.TEAM_CREATED, PageRequest.of(0, 20)))
                .noneSatisfy(entry -> assertThat(entry.target()).isEqualTo("Testteam"));
    }

    private long authorityId(String shortName) {
        return authorities.findAll().stream().filter(a -> a.shortName().equals(shortName)).findFirst().orElseThrow()
                .getId();
    }
}
