package de.willkommensakademie.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Nobody reaches another authority's records, and every service checks the caller's role itself. Between two
 * authorities of the class's own, so the lists compared are exact whatever other classes created.
 */
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
    TeamRepository teamRepository;
    @Autowired
    ApplicationContext context;

    TestAuthority authority;
    TestAuthority other;

    @BeforeEach
    void twoAuthorities() {
        authority = TestAuthority.of(context, getClass());
        other = TestAuthority.of(context, getClass(), "b");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void an_admin_sees_only_the_employees_of_their_own_authority() {
        SignedIn.as(accounts, other.admin());
        var names = employees.find(EmployeeFilter.none(), PageRequest.of(0, 100)).stream().map(EmployeeRow::username)
                .toList();
        assertThat(names).as("everyone of the own authority, the one who left too, and nobody else")
                .containsExactlyInAnyOrderElementsOf(other.everyone().stream().map(Person::username).toList());
        assertThat(employees.count(EmployeeFilter.none())).isEqualTo(names.size());
        assertThat(teams.options()).extracting(TeamOption::name)
                .containsExactly(TestAuthority.TEAM, TestAuthority.THIRD_TEAM, TestAuthority.OTHER_TEAM);
    }

    @Test
    void records_of_another_authority_are_unknown_by_id() {
        long musterstadtEmployee = authority.employee().id();
        Team musterstadtTeam = teamRepository.findById(authority.teamId()).orElseThrow();
        SignedIn.as(accounts, other.admin());
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
        long foreignManager = authority.manager().id();
        SignedIn.as(accounts, other.admin());
        TeamRow own = teams.find(PageRequest.of(0, 10)).getFirst();
        assertThatThrownBy(() -> teams.assignManagers(own.id(), own.version(), Set.of(foreignManager)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void an_employee_form_cannot_point_at_another_authoritys_team_or_job_role() {
        SignedIn.as(accounts, authority.admin());
        TeamOption foreignTeam = new TeamOption(other.teamId(), "x");
        EmployeeForm form = employees.load(authority.employee().id());
        form.setTeam(foreignTeam);
        assertThatThrownBy(() -> employees.update(form)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void admin_services_refuse_employees_managers_trainers_and_operators() {
        // the operator is the platform's, in no authority: the demo's one serves
        for (String username : List.of(authority.employee().username(), authority.manager().username(),
                authority.trainer().username(), "operator")) {
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
        for (Person person : List.of(authority.admin(), authority.manager(), authority.employee())) {
            String username = person.username();
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
        SignedIn.as(accounts, authority.manager());
        assertThat(staff.findMembersOfMyTeams(null, PageRequest.of(0, 100)))
                .as("the active members of Team Nord, the manager himself among them")
                .extracting(TeamMemberRow::fullName, TeamMemberRow::teamName).containsExactlyInAnyOrder(
                        tuple(authority.manager().fullName(), TestAuthority.TEAM),
                        tuple(authority.employee().fullName(), TestAuthority.TEAM),
                        tuple(authority.buddy().fullName(), TestAuthority.TEAM));
        SignedIn.as(accounts, authority.secondManager());
        assertThat(staff.findMembersOfMyTeams(null, PageRequest.of(0, 100)))
                .extracting(TeamMemberRow::fullName, TeamMemberRow::teamName).containsExactlyInAnyOrder(
                        tuple(authority.secondManager().fullName(), TestAuthority.THIRD_TEAM),
                        tuple(authority.englishSpeaker().fullName(), TestAuthority.THIRD_TEAM));
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
