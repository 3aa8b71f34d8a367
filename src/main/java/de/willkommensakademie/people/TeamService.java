package de.willkommensakademie.people;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams of the signed-in person's authority. */
@Service
public class TeamService {

    private final TeamRepository teams;
    private final EmployeeRepository employees;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final PeopleAccess access;

    TeamService(TeamRepository teams, EmployeeRepository employees, AuditLog auditLog, CurrentUser currentUser,
            PeopleAccess access) {
        this.access = access;
        this.teams = teams;
        this.employees = employees;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public List<TeamRow> find(Pageable pageable) {
        List<Team> page = teams.findPage(access.ownAuthority(), pageable);
        Map<Long, Long> members = activeMembers(page);
        return page.stream().map(team -> new TeamRow(team.getId(), team.getVersion(), team.name(),
                team.managers().stream().map(TeamService::toOption)
                        .sorted(Comparator.comparing(EmployeeOption::fullName)).toList(),
                members.getOrDefault(team.getId(), 0L))).toList();
    }

    /** Teams to choose from in forms and filters. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER, Role.Name.TRAINER})
    @Transactional(readOnly = true)
    public List<TeamOption> options() {
        return teams.findByAuthorityIdOrderByName(access.ownAuthority()).stream().map(Team::toOption).toList();
    }

    /** Teams a manager (their own), trainer or admin (all) may assign training to. */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.TRAINER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<TeamOption> assignableTeams() {
        AppUser user = currentUser.require();
        if (user.hasRole(Role.TRAINER) || user.hasRole(Role.ADMIN)) {
            return options();
        }
        return access.ledTeams().stream().map(Team::toOption).toList();
    }

    /** The teams the signed-in manager leads. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<TeamRow> myTeams() {
        List<Team> managed = access.ledTeams();
        Map<Long, Long> members = activeMembers(managed);
        return managed.stream().map(team -> new TeamRow(team.getId(), team.getVersion(), team.name(), List.of(),
                members.getOrDefault(team.getId(), 0L))).toList();
    }

    /** The teams the signed-in manager leads, by name, in one query ({@link #myTeams} also counts their members). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<TeamOption> myTeamOptions() {
        return access.ledTeams().stream().map(Team::toOption).toList();
    }

    /** Active employees with the manager role: only they can lead a team. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public List<EmployeeOption> managerCandidates() {
        return employees.findActiveWithRole(access.ownAuthority(), Role.MANAGER).stream()
                .map(TeamService::toOption).toList();
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public TeamOption create(String name) {
        long authorityId = access.ownAuthority();
        String clean = validName(name);
        if (teams.existsByAuthorityIdAndNameIgnoreCase(authorityId, clean)) {
            throw new UserFacingException("team.error.name-taken", clean);
        }
        Team team = teams.save(new Team(authorityId, clean));
        auditLog.record(AuditAction.TEAM_CREATED, clean, null);
        return team.toOption();
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public void rename(long id, long version, String name) {
        Team team = require(id);
        team.requireVersion(version);
        String clean = validName(name);
        if (!clean.equalsIgnoreCase(team.name()) && teams.existsByAuthorityIdAndNameIgnoreCase(team.authorityId(), clean)) {
            throw new UserFacingException("team.error.name-taken", clean);
        }
        String old = team.name();
        team.rename(clean);
        auditLog.recordDetailed(AuditAction.TEAM_RENAMED, clean, AuditDetails.of("audit.details.from-to", old, clean));
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public void assignManagers(long id, long version, Set<Long> managerIds) {
        Team team = require(id);
        team.requireVersion(version);
        List<Employee> managers = employees.findByAuthorityIdAndIdIn(team.authorityId(), managerIds);
        if (managers.size() != managerIds.size()) {
            throw new RecordNotFoundException("employee", managerIds);
        }
        for (Employee manager : managers) {
            if (!manager.roles().contains(Role.MANAGER) || !manager.isActive()) {
                throw new UserFacingException("team.error.not-a-manager", manager.fullName());
            }
        }
        team.replaceManagers(new HashSet<>(managers));
        List<String> names = managers.stream().map(Employee::username).sorted().toList();
        auditLog.recordDetailed(AuditAction.TEAM_MANAGERS_CHANGED, team.name(), AuditDetails.of(
                "audit.details.managers", names.isEmpty() ? new AuditDetails.Key("audit.details.nobody")
                        : String.join(", ", names)));
    }

    /** Active members per team, counted in one query. */
    private Map<Long, Long> activeMembers(List<Team> someTeams) {
        return someTeams.isEmpty() ? Map.of()
                : employees.countActiveMembers(someTeams.stream().map(Team::getId).toList()).stream()
                        .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    private Team require(long id) {
        return access.team(id);
    }

    private static String validName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > Limits.TEAM_NAME) {
            throw new UserFacingException("team.error.name-length", Limits.TEAM_NAME);
        }
        return clean;
    }

    private static EmployeeOption toOption(Employee employee) {
        return new EmployeeOption(employee.getId(), employee.fullName(), employee.username());
    }
}
