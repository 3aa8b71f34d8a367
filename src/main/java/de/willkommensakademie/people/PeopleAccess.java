package de.willkommensakademie.people;

import java.util.List;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who sees which people, teams and job roles: everything belongs to the signed-in person's authority, and a record of
 * another authority reads as not found. The employee list and a single employee share {@link #employees}; managers
 * reach the members of the teams they lead ({@link #ledTeamIds}). The operator, who has no authority, manages
 * authorities only.
 */
@Component
class PeopleAccess {

    private final EmployeeRepository employees;
    private final TeamRepository teams;
    private final CurrentUser currentUser;

    PeopleAccess(EmployeeRepository employees, TeamRepository teams, CurrentUser currentUser) {
        this.employees = employees;
        this.teams = teams;
        this.currentUser = currentUser;
    }

    /** The signed-in person's authority: its employees, teams, job roles and settings. */
    long ownAuthority() {
        return currentUser.authorityId();
    }

    /** The employees of the signed-in person's authority that pass the filter. */
    Specification<Employee> employees(EmployeeFilter filter) {
        return EmployeeSpecifications.matching(ownAuthority(), filter);
    }

    /** An employee of the signed-in person's authority, or not found. */
    Employee employee(long id) {
        return employees.findOne(employees(EmployeeFilter.none())
                .and((root, query, cb) -> cb.equal(root.get("id"), id)))
                .orElseThrow(() -> new RecordNotFoundException("employee", id));
    }

    /** A team of the signed-in person's authority, or not found. */
    Team team(long id) {
        return teams.findByIdAndAuthorityId(id, ownAuthority())
                .orElseThrow(() -> new RecordNotFoundException("team", id));
    }

    /** The teams the signed-in manager leads. */
    List<Team> ledTeams() {
        return teams.findManagedBy(ownAuthority(), currentUser.require().accountId());
    }

    /** The ids of the teams the signed-in manager leads. */
    List<Long> ledTeamIds() {
        return ledTeams().stream().map(Team::getId).toList();
    }

    /**
     * The authority an entry about an account belongs to (a sign-in, a password change), which need not be the
     * signed-in person's yet; null for the operator.
     */
    static Long authorityOf(AppUser account) {
        return account.authorityId();
    }
}
