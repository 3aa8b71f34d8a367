package de.willkommensakademie.team;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.certificate.ExpiringCertificate;
import de.willkommensakademie.certificate.ExpiringCertificates;
import de.willkommensakademie.learning.TrainingStatus;
import de.willkommensakademie.people.EmployeeFacts;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TeamService;
import de.willkommensakademie.visibility.VisibilityPreset;
import de.willkommensakademie.visibility.VisibilityRules;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team figures at a glance: the start page card for managers (their teams) and the authority summary for
 * administrators (every team). Each team's figures are exactly what the team progress matrix reports for that team
 * ({@link MatrixBuilder#sums} per team, under the authority's preset), read with a fixed number of queries for all
 * teams together. Under a preset without names, a team of fewer than five people shows no figures at all.
 */
@Service
public class TeamSummary {

    /** Certificates running out within this many days are counted on the start page card. */
    public static final int EXPIRING_CERTIFICATE_DAYS = 30;

    /**
     * One team's figures. A count of {@link Totals#FEWER_THAN_MIN} is hidden ("fewer than 5"); the compliance rate
     * is null when it is hidden or nothing mandatory is assigned; {@code expiringCertificates} is null where it was
     * not counted (the authority summary).
     *
     * @param mandatoryAssigned mandatory assignments of the team's active members
     * @param mandatoryDone     of them done and still valid
     * @param overdue           assignments (mandatory or recommended) overdue or expired
     */
    public record TeamFigures(long teamId, String team, int members, int mandatoryAssigned, int mandatoryDone,
            Integer compliancePercent, int overdue, Integer expiringCertificates) {

        /** The team progress matrix of this team, optionally with one more filter, as URL query parameters. */
        public Map<String, String> matrixQuery(ProgressFilter filter) {
            return filter.withTeam(teamId).toQuery();
        }
    }

    /** The figures of several teams and the preset under which they were read. */
    public record Figures(VisibilityPreset preset, boolean namesShown, List<TeamFigures> teams) {
    }

    private final TeamProgress progress;
    private final TeamService teams;
    private final ExpiringCertificates certificates;
    private final TeamAccess access;

    TeamSummary(TeamProgress progress, TeamService teams, ExpiringCertificates certificates,
            TeamAccess access) {
        this.progress = progress;
        this.teams = teams;
        this.certificates = certificates;
        this.access = access;
    }

    /** The start page card: per team the signed-in person leads, compliance, overdue and expiring certificates. */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public Figures cards() {
        return figures(teams.myTeamOptions(), true);
    }

    /** The authority summary: every team of the administrator's authority, without certificate counts. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public Figures authority() {
        return figures(teams.options(), false);
    }

    private Figures figures(List<TeamOption> scope, boolean countCertificates) {
        long authorityId = access.authority();
        TeamProgress.Counted loaded = progress.count(authorityId, scope.stream().map(TeamOption::id).toList());
        // the totals of each team's matrix under the preset, without building the matrices: only totals are shown
        MatrixBuilder builder = new MatrixBuilder(progress.viewer(), loaded.preset(), ProgressFilter.none());
        Map<Long, Long> teamOf = new HashMap<>();
        Map<Long, List<Long>> members = new HashMap<>();
        for (EmployeeFacts person : loaded.people()) {
            teamOf.put(person.id(), person.teamId());
            members.computeIfAbsent(person.teamId(), id -> new ArrayList<>()).add(person.id());
        }
        Map<Long, List<TrainingStatus>> statuses = new HashMap<>();
        for (TrainingStatus status : loaded.assigned().statuses()) {
            statuses.computeIfAbsent(teamOf.get(status.employeeId()), id -> new ArrayList<>()).add(status);
        }
        boolean namesShown = builder.namesShown();
        Map<Long, List<ExpiringCertificate>> expiring = countCertificates
                ? certificates.within(authorityId, teamOf.keySet(), EXPIRING_CERTIFICATE_DAYS) : Map.of();
        List<TeamFigures> figures = new ArrayList<>();
        for (TeamOption team : scope) {
            List<Long> theirs = members.getOrDefault(team.id(), List.of());
            MatrixBuilder.Sums sums = builder.sums(statuses.getOrDefault(team.id(), List.of()));
            Integer expiringCount = countCertificates ? count(expiring, theirs) : null;
            figures.add(namesShown ? shown(team, theirs.size(), sums, expiringCount)
                    : countsOnly(team, theirs.size(), sums, expiringCount));
        }
        return new Figures(loaded.preset(), namesShown, figures);
    }

    private static TeamFigures shown(TeamOption team, int members, MatrixBuilder.Sums sums, Integer expiring) {
        Totals mandatory = sums.mandatory();
        return new TeamFigures(team.id(), team.name(), members, mandatory.assigned(), mandatory.done(),
                mandatory.donePercent(), sums.total().late(), expiring);
    }

    /** Without names every count of fewer than five is hidden, and a small team shows nothing at all. */
    private static TeamFigures countsOnly(TeamOption team, int members, MatrixBuilder.Sums sums, Integer expiring) {
        int hidden = Totals.FEWER_THAN_MIN;
        if (VisibilityRules.suppressed(members)) {
            Integer certificates = expiring == null ? null : Integer.valueOf(hidden);
            return new TeamFigures(team.id(), team.name(), hidden, hidden, hidden, null, hidden, certificates);
        }
        Totals mandatory = sums.mandatory();
        Integer certificates = expiring;
        if (certificates != null && VisibilityRules.suppressed(certificates)) {
            certificates = hidden;
        }
        return new TeamFigures(team.id(), team.name(), members, mandatory.assigned(), mandatory.done(),
                mandatory.donePercent(), sums.total().late(), certificates);
    }

    private static int count(Map<Long, List<ExpiringCertificate>> expiring, Collection<Long> members) {
        return members.stream().mapToInt(id -> expiring.getOrDefault(id, List.of()).size()).sum();
    }
}
