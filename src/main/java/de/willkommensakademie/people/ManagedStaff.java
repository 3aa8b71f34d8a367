package de.willkommensakademie.people;

import java.util.List;

import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people a manager works with (the members of the teams they lead) and the people someone may assign training
 * to, as lists for team pages and pickers. Administration of employees is {@link EmployeeService}'s.
 */
@Service
public class ManagedStaff {

    /** More than any authority employs: a picker lists everyone, yet one query never reads without a bound. */
    static final int MAX_OPTIONS = 10_000;

    private final EmployeeRepository employees;
    private final TeamRepository teams;
    private final CurrentUser currentUser;
    private final PeopleAccess access;

    ManagedStaff(EmployeeRepository employees, TeamRepository teams, CurrentUser currentUser, PeopleAccess access) {
        this.access = access;
        this.employees = employees;
        this.teams = teams;
        this.currentUser = currentUser;
    }

    /** Members of the teams the signed-in manager leads. */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public List<TeamMemberRow> findMembersOfMyTeams(String text, Pageable pageable) {
        List<Long> teamIds = access.ledTeamIds();
        if (teamIds.isEmpty()) {
            return List.of();
        }
        var members = access.employees(new EmployeeFilter(text, null, null, null, Boolean.TRUE))
                .and(EmployeeSpecifications.inTeams(teamIds));
        return employees.findAll(members, EmployeeSpecifications.byName(pageable))
                .map(employee -> new TeamMemberRow(employee.getId(), employee.fullName(), employee.team().name(),
                        employee.jobRole() == null ? null : employee.jobRole().toOption(), employee.startDate()))
                .getContent();
    }

    /** People a manager (their teams' members), trainer or admin (everyone active) may assign training to. */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<EmployeeOption> assignableEmployees() {
        AppUser user = currentUser.require();
        var active = access.employees(new EmployeeFilter(null, null, null, null, Boolean.TRUE));
        if (!user.hasRole(Role.TRAINER) && !user.hasRole(Role.ADMIN)) {
            List<Long> teamIds = access.ledTeamIds();
            if (teamIds.isEmpty()) {
                return List.of();
            }
            active = active.and(EmployeeSpecifications.inTeams(teamIds));
        }
        return employees.findAll(active, EmployeeSpecifications.byName(PageRequest.of(0, MAX_OPTIONS))).stream()
                .map(employee -> new EmployeeOption(employee.getId(), employee.fullName(), employee.username()))
                .toList();
    }

}
