package de.willkommensakademie.team;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.learning.TrainingStatuses;
import de.willkommensakademie.onboarding.ChecklistProgress;
import de.willkommensakademie.onboarding.OnboardingProgress;
import de.willkommensakademie.people.EmployeeFacts;
import de.willkommensakademie.people.MyAccount;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.TeamMember;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TeamService;
import de.willkommensakademie.visibility.VisibilityPreset;
import de.willkommensakademie.visibility.VisibilityPresets;
import de.willkommensakademie.visibility.VisibilityRules.Viewer;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team progress for managers (their teams) and administrators (every team of their authority): the status matrix
 * within the authority's visibility preset. A fixed number of queries however large the team: the members, the
 * assignments, progress and titles per kind of content, the checklists.
 */
@Service
public class TeamProgress {

    private final StaffDirectory staff;
    private final MyAccount employees;
    private final TeamService teams;
    private final TrainingStatuses statuses;
    private final OnboardingProgress onboarding;
    private final VisibilityPresets presets;
    private final TeamAccess access;
    private final CurrentUser currentUser;
    private final int expiringDays;

    TeamProgress(StaffDirectory staff, MyAccount employees, TeamService teams, TrainingStatuses statuses, OnboardingProgress onboarding,
            VisibilityPresets presets, TeamAccess access, CurrentUser currentUser,
            @Value("${app.team.expiring-days:60}") int expiringDays) {
        this.staff = staff;
        this.employees = employees;
        this.teams = teams;
        this.statuses = statuses;
        this.onboarding = onboarding;
        this.presets = presets;
        this.access = access;
        this.currentUser = currentUser;
        this.expiringDays = expiringDays;
    }

    /** The teams the signed-in person may follow: a manager's own, an administrator's every team. */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public List<TeamOption> teams() {
        return access.followed();
    }

    /** What the page needs on opening: the teams to choose from and the matrix, the teams resolved once. */
    public record Page(List<TeamOption> teams, Matrix matrix) {
    }

    /** {@link #teams()} and {@link #matrix(ProgressFilter)} in one call, reading the followed teams once. */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public Page page(ProgressFilter filter) {
        List<TeamOption> mine = teams();
        return new Page(mine, matrix(mine, filter));
    }

    /** The matrix for a filter; a team the viewer may not follow is ignored (all their teams are shown instead). */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional(readOnly = true)
    public Matrix matrix(ProgressFilter filter) {
        return matrix(teams(), filter);
    }

    private Matrix matrix(List<TeamOption> mine, ProgressFilter filter) {
        long authorityId = access.authority();
        Set<Long> allowed = mine.stream().map(TeamOption::id).collect(Collectors.toSet());
        ProgressFilter applied = filter.teamId() != null && !allowed.contains(filter.teamId())
                ? filter.withTeam(null) : filter;
        Set<Long> scope = applied.teamId() == null ? allowed : Set.of(applied.teamId());
        return matrix(authorityId, viewer(), scope, applied);
    }

    /**
     * The matrix of these teams as {@code viewer} may see it, for trusted code in this package that has checked
     * who asks (screens go through {@link #matrix(ProgressFilter)}; jobs such as the weekly digest have no user).
     */
    Matrix matrix(long authorityId, Viewer viewer, Collection<Long> teamIds, ProgressFilter filter) {
        return matrixOf(authorityId, viewer, members(authorityId, teamIds, filter), filter);
    }

    private List<TeamMember> members(long authorityId, Collection<Long> teamIds, ProgressFilter filter) {
        return staff.activeMembers(authorityId, teamIds).stream()
                .filter(member -> filter.jobRoleId() == null || filter.jobRoleId().equals(member.jobRoleId()))
                .toList();
    }

    /**
     * The signed-in person's own row exactly as a manager of their team sees it under the preset ("what does my
     * manager see?"). Without a team nobody manages them: empty. Under a preset without names there is no row;
     * the team counts are not shown to the person either (they describe colleagues).
     */
    @RolesAllowed(Role.Name.EMPLOYEE)
    @Transactional(readOnly = true)
    public Matrix asMyManagerSees() {
        AppUser me = currentUser.require();
        long authorityId = access.authority();
        EmployeeFacts facts = employees.myFacts();
        List<TeamMember> self = facts.teamId() == null ? List.of()
                : staff.activeMembers(authorityId, Set.of(facts.teamId())).stream()
                        .filter(member -> member.id() == me.accountId()).toList();
        Matrix matrix = matrixOf(authorityId, Viewer.MANAGER, self, ProgressFilter.none());
        return new Matrix(matrix.preset(), matrix.filter(), matrix.namesShown(), matrix.columns(), matrix.people(),
                List.of(), Totals.NONE, Totals.NONE, matrix.items());
    }

    private Matrix matrixOf(long authorityId, Viewer viewer, List<TeamMember> members, ProgressFilter filter) {
        Read read = read(authorityId, members);
        return new MatrixBuilder(viewer, read.preset(), filter).build(members, read.assigned(), read.checklists());
    }

    /** What a matrix is built from besides its people: their statuses, checklists and the authority's preset. */
    private record Read(TrainingStatuses.Assigned assigned, Map<Long, ChecklistProgress> checklists,
            VisibilityPreset preset) {
    }

    private Read read(long authorityId, List<TeamMember> members) {
        TrainingStatuses.Assigned assigned = statuses.of(authorityId,
                members.stream().map(TeamMember::facts).toList(), expiringDays);
        var checklists = onboarding.of(authorityId, members.stream().map(TeamMember::id).toList());
        return new Read(assigned, checklists, presets.of(authorityId));
    }

    /** The people, statuses and preset of many teams of one authority, loaded together. */
    record Loaded(List<TeamMember> members, TrainingStatuses.Assigned assigned, VisibilityPreset preset) {
    }

    /**
     * Everything the matrices of these teams need, in one load with the same fixed number of queries as
     * {@link #matrix(long, Viewer, Collection, ProgressFilter)}, for trusted jobs that build one matrix per team in
     * memory with {@link MatrixBuilder} (the weekly digest: one load per authority, not one per manager).
     */
    Loaded load(long authorityId, Collection<Long> teamIds) {
        List<TeamMember> members = staff.activeMembers(authorityId, teamIds);
        return new Loaded(members, statuses.of(authorityId, members.stream().map(TeamMember::facts).toList(),
                expiringDays), presets.of(authorityId));
    }

    /** The people (without names), statuses and preset of many teams of one authority. */
    record Counted(List<EmployeeFacts> people, TrainingStatuses.Assigned assigned, VisibilityPreset preset) {
    }

    /**
     * What the totals of these teams' matrices need, with the same queries as {@link #load} but the people without
     * names or order, for trusted code that shows only totals (the start page card and the authority summary).
     */
    Counted count(long authorityId, Collection<Long> teamIds) {
        List<EmployeeFacts> people = staff.activeFacts(authorityId, teamIds);
        return new Counted(people, statuses.of(authorityId, people, expiringDays), presets.of(authorityId));
    }

    /** Days before a completion runs out from which it counts as expiring. */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
    public int expiringDays() {
        return expiringDays;
    }

    /** How the signed-in person sees the team pages ({@link TeamAccess#viewer}). */
    Viewer viewer() {
        return access.viewer();
    }
}
