package de.willkommensakademie.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.willkommensakademie.base.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lookups for trusted server-side code that runs without a signed-in person of the right role: event listeners
 * (a certificate is issued when an employee completes a module) and scheduled jobs (reminders). Screens use the
 * role-checked services instead; an architecture test keeps views away from this class.
 */
@Component
public class StaffDirectory {

    private static final int AT_ONCE = 1_000;

    private final EmployeeRepository employees;
    private final AuthorityRepository authorities;
    private final TeamRepository teams;

    StaffDirectory(EmployeeRepository employees, AuthorityRepository authorities, TeamRepository teams) {
        this.employees = employees;
        this.authorities = authorities;
        this.teams = teams;
    }

    /** Everyone of the authority who has not been erased yet, active or not, by name (the erasure's choice). */
    @Transactional(readOnly = true)
    public List<EmployeeOption> notErased(long authorityId) {
        return employees.findByAuthorityIdAndErasedAtIsNullOrderByLastNameAscFirstNameAsc(authorityId).stream()
                .map(employee -> new EmployeeOption(employee.getId(), employee.fullName(), employee.username()))
                .toList();
    }

    /** Full names of these people of the authority (active or not), by id; one query for a whole list. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(long authorityId, Collection<Long> employeeIds) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        return people(authorityId, employeeIds).values().stream()
                .collect(Collectors.toMap(TeamPerson::id, TeamPerson::fullName));
    }

    /**
     * Name, activity and job role of these people of the authority (active or not), by id: one query for a whole
     * team, so team pages never look people up one by one. The caller checked who may see them.
     */
    @Transactional(readOnly = true)
    public Map<Long, TeamPerson> people(long authorityId, Collection<Long> employeeIds) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, TeamPerson> people = new LinkedHashMap<>();
        employees.findTeamPeople(authorityId, employeeIds).forEach(person -> people.put(person.id(), person));
        return people;
    }

    /** Every authority's id, for jobs that work through all of them (retention). */
    @Transactional(readOnly = true)
    public List<Long> authorityIds() {
        return authorities.findAll().stream().map(Authority::getId).toList();
    }

    /**
     * {@link #member} for many people (of any authority) at once, by id, for jobs that work through a list (the
     * certificate reminder): two queries per thousand people. Unknown ids are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, StaffMember> members(Collection<Long> employeeIds) {
        List<Long> ids = employeeIds.stream().distinct().toList();
        Map<Long, StaffMember> members = new LinkedHashMap<>();
        // in slices, for the databases' limits on parameters
        for (int from = 0; from < ids.size(); from += AT_ONCE) {
            List<StaffRow> rows = employees.findStaffRows(ids.subList(from, Math.min(ids.size(), from + AT_ONCE)));
            Set<Long> teamIds = rows.stream().map(StaffRow::teamId).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            Map<Long, List<Long>> managers = new HashMap<>();
            if (!teamIds.isEmpty()) {
                for (Object[] row : teams.findManagerIds(teamIds)) {
                    managers.computeIfAbsent((Long) row[0], team -> new ArrayList<>()).add((Long) row[1]);
                }
            }
            for (StaffRow row : rows) {
                List<Long> theirs = row.teamId() == null ? List.of()
                        : managers.getOrDefault(row.teamId(), List.of()).stream().sorted().toList();
                members.put(row.id(), row.withManagers(theirs));
            }
        }
        return members;
    }

    /** Who the person is, where they work and who leads their team; empty for an unknown id. */
    @Transactional(readOnly = true)
    public Optional<StaffMember> member(long employeeId) {
        return Optional.ofNullable(members(List.of(employeeId)).get(employeeId));
    }

    /** Whether {@code managerId} leads a team that {@code employeeId} belongs to. */
    @Transactional(readOnly = true)
    public boolean manages(long managerId, long employeeId) {
        return member(employeeId).map(member -> member.managerIds().contains(managerId)).orElse(false);
    }

    /** The people in the teams a manager leads, active or not (their records stay theirs). */
    @Transactional(readOnly = true)
    public Set<Long> membersOfTeamsLedBy(long authorityId, long managerId) {
        List<Long> teamIds = teams.findManagedBy(authorityId, managerId).stream().map(Team::getId).toList();
        return teamIds.isEmpty() ? Set.of() : Set.copyOf(employees.findIdsByTeamIds(teamIds));
    }

    /** Everyone in one team of the authority (empty if the team is not the authority's). */
    @Transactional(readOnly = true)
    public Set<Long> membersOfTeam(long authorityId, long teamId) {
        return teams.findById(teamId).filter(team -> team.authorityId() == authorityId)
                .map(team -> Set.copyOf(employees.findIdsByTeamIds(List.of(teamId)))).orElse(Set.of());
    }

    /** Whether the person is one of the team's managers. */
    @Transactional(readOnly = true)
    public boolean leads(long managerId, long teamId) {
        return teams.findById(teamId).map(team -> team.managers().stream()
                .anyMatch(manager -> manager.getId() == managerId)).orElse(false);
    }

    /** The authority's active administrators, who also stand for IT and administration in onboarding. */
    @Transactional(readOnly = true)
    public List<Long> administrators(long authorityId) {
        return employees.findActiveAdminIds(authorityId);
    }

    /** Team, job role and start date of every active person of the authority, for jobs that decide what applies. */
    @Transactional(readOnly = true)
    public List<EmployeeFacts> activeFacts(long authorityId) {
        return employees.findActiveFacts(authorityId);
    }

    /**
     * Team, job role and start date of the active members of these teams of the authority, in no order: the same
     * people as {@link #activeMembers}, without names and sorting, for team totals. The caller checked who may see
     * them.
     */
    @Transactional(readOnly = true)
    public List<EmployeeFacts> activeFacts(long authorityId, Collection<Long> teamIds) {
        return teamIds.isEmpty() ? List.of() : employees.findActiveFactsInTeams(authorityId, teamIds);
    }

    /** Everyone of the authority, active or not, in id order. */
    @Transactional(readOnly = true)
    public List<Long> activeAndFormerIds(long authorityId) {
        return employees.findIdsOfAuthority(authorityId);
    }

    /** Everyone of this team (active or not), in id order. */
    @Transactional(readOnly = true)
    public List<Long> idsInTeam(long authorityId, long teamId) {
        return employees.findIdsInTeam(authorityId, teamId);
    }

    /** Everyone with this job role (active or not), in id order. */
    @Transactional(readOnly = true)
    public List<Long> idsWithJobRole(long authorityId, long jobRoleId) {
        return employees.findIdsWithJobRole(authorityId, jobRoleId);
    }

    /**
     * Team, job role and start date of these people of the authority (active or not), their rows locked until the
     * transaction ends: for recomputing what depends on where they are placed without two recomputations of the same
     * person interleaving.
     */
    @Transactional
    public List<EmployeeFacts> lockedFacts(long authorityId, Collection<Long> employeeIds) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        employees.lockAll(authorityId, employeeIds);
        return employees.findFacts(authorityId, employeeIds);
    }

    /** Active members of these teams of the authority, sorted by name; the caller checked who may see them. */
    @Transactional(readOnly = true)
    public List<TeamMember> activeMembers(long authorityId, Collection<Long> teamIds) {
        return teamIds.isEmpty() ? List.of() : employees.findActiveMembers(authorityId, teamIds);
    }

    /** Every active manager of every authority with the teams they lead, in one query (the weekly team digest). */
    @Transactional(readOnly = true)
    public List<TeamLead> teamLeads() {
        Map<Long, Object[]> leads = new LinkedHashMap<>();
        Map<Long, List<Long>> teamIds = new LinkedHashMap<>();
        for (Object[] row : teams.findTeamLeads(Role.MANAGER)) {
            leads.putIfAbsent((Long) row[0], row);
            teamIds.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Long) row[7]);
        }
        return leads.values().stream().map(row -> new TeamLead((Long) row[0], (Long) row[1], row[2] + " " + row[3],
                (String) row[4], (String) row[5], (Boolean) row[6], teamIds.get((Long) row[0]))).toList();
    }

    /** The authority's federal state, for its public holidays; empty when not set. */
    @Transactional(readOnly = true)
    public Optional<FederalState> federalState(long authorityId) {
        return authorities.findById(authorityId).map(Authority::federalState);
    }

    /** Every authority by name, for the public pages (privacy notice, accessibility statement) that name one. */
    @Transactional(readOnly = true)
    public List<AuthorityRow> authorities() {
        return authorities.findPage(Pageable.unpaged()).stream().map(authority -> new AuthorityRow(authority.getId(),
                authority.name(), authority.shortName(), authority.defaultLanguage())).toList();
    }

    /** The names of these teams, by id (one query for a whole list). */
    @Transactional(readOnly = true)
    public Map<Long, String> teamNames(Collection<Long> teamIds) {
        Map<Long, String> names = new HashMap<>();
        if (!teamIds.isEmpty()) {
            teams.findAllById(teamIds).forEach(team -> names.put(team.getId(), team.name()));
        }
        return names;
    }

    /** A team's name, or null. */
    @Transactional(readOnly = true)
    public String teamName(Long teamId) {
        return teamId == null ? null : teams.findById(teamId).map(Team::name).orElse(null);
    }
}
