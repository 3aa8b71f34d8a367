package de.willkommensakademie.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.RecordNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Nobody reaches another authority's records, and every service checks the caller's role itself. */
@SpringBootTest
@ActiveProfiles("test")
class AuthorityIsolationTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    EmployeeService employees;
    @Autowired
    ManagedStaff staff;
    @Autowired
    TeamService teams;
    @Autowired
    JobRoleService jobRoles;
    @Autowired
    EmployeeImport employeeImport;
    @Autowired
    AuthorityService authorities;
    @Autowired
    AuditLog auditLog;
    @Autowired
    EmployeeRepository employeeRepository;
    @Autowired
    TeamRepository teamRepository;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void an_admin_sees_only_the_employees_of_their_own_authority() {
        SignedIn.as(accounts, "admin2");
        var names = employees.find(EmployeeFilter.none(), PageRequest.of(0, 100)).stream().map(EmployeeRow::username)
                .toList();
        assertThat(names).contains("admin2", "m.koch").doesNotContain("admin", "employee", "manager");
        assertThat(employees.count(EmployeeFilter.none())).isEqualTo(names.size());
        assertThat(teams.options()).extracting(TeamOption::name).containsExactly("Ausländerbehörde");
    }

    @Test
    void records_of_another_authority_are_unknown_by_id() {
        long musterstadtEmployee = employeeRepository.findByUsername("employee").orElseThrow().getId();
        Team musterstadtTeam = teamRepository.findAll().stream().filter(t -> t.name().startsWith("Servicepoint"))
                .findFirst().orElseThrow();
        SignedIn.as(accounts, "admin2");
        assertThatThrownBy(() -> employees.load(musterstadtEmployee)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> employees.resetPassword(musterstadtEmployee))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> employees.deactivate(musterstadtEmployee, 0))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> employees.unlock(musterstadtEmployee)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> teams.rename(musterstadtTeam.getId(), musterstadtTeam.getVersion(), "Übernommen"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> teams.assignManagers(musterstadtTeam.getId(), musterstadtTeam.getVersion(), Set.of()))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void a_team_cannot_get_a_manager_from_another_authority() {
        long foreignManager = employeeRepository.findByUsername("manager").orElseThrow().getId();
        SignedIn.as(accounts, "admin2");
        TeamRow own = teams.find(PageRequest.of(0, 10)).getFirst();
        assertThatThrownBy(() -> teams.assignManagers(own.id(), own.version(), Set.of(foreignManager)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void an_employee_form_cannot_point_at_another_authoritys_team_or_job_role() {
        SignedIn.as(accounts, "admin");
        TeamOption foreignTeam = new TeamOption(teamRepository.findAll().stream()
                .filter(t -> t.name().equals("Ausländerbehörde")).findFirst().orElseThrow().getId(), "x");
        EmployeeForm form = employees.load(employeeRepository.findByUsername("employee").orElseThrow().getId());
        form.setTeam(foreignTeam);
        assertThatThrownBy(() -> employees.update(form)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void admin_services_refuse_employees_managers_trainers_and_operators() {
        for (String username : new String[] {"employee", "manager", "trainer", "operator"}) {
            SignedIn.as(accounts, username);
            assertThatThrownBy(() -> employees.find(EmployeeFilter.none(), PageRequest.of(0, 10)))
                    .as(username).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> employees.create(new EmployeeForm())).as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> teams.create("Neu")).as(username).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> jobRoles.create("Neu", "New")).as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> employeeImport.preview(new byte[0])).as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> auditLog.find(null, PageRequest.of(0, 10))).as(username)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void only_the_operator_manages_authorities_and_the_operator_nothing_else() {
        for (String username : new String[] {"admin", "manager", "employee"}) {
            SignedIn.as(accounts, username);
            assertThatThrownBy(() -> authorities.find(PageRequest.of(0, 10))).as(username)
                    .isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as(accounts, "operator");
        assertThat(authorities.find(PageRequest.of(0, 10))).extracting(AuthorityRow::shortName)
                .contains("ABH Musterstadt", "ABH Beispielheim");
        assertThatThrownBy(() -> staff.findMembersOfMyTeams(null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> teams.options()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_manager_sees_only_members_of_the_teams_they_lead() {
        SignedIn.as(accounts, "c.wagner");
        var members = staff.findMembersOfMyTeams(null, PageRequest.of(0, 100));
        assertThat(members).isNotEmpty().allSatisfy(member ->
                assertThat(member.teamName()).isEqualTo("Fachkräfte & Einbürgerung"));
    }

    @Test
    void services_refuse_callers_who_are_not_signed_in() {
        assertThatThrownBy(() -> employees.find(EmployeeFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        // @PermitAll lets the call through; the service then finds nobody signed in and refuses.
        assertThatThrownBy(() -> jobRoles.options()).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Not signed in");
    }
}
