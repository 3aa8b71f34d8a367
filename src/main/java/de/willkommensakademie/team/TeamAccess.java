package de.willkommensakademie.team;

import java.util.List;
import java.util.Set;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TeamService;
import de.willkommensakademie.visibility.VisibilityRules.Viewer;
import org.springframework.stereotype.Component;

/**
 * Whose progress the team pages show, in one place: a manager follows the teams they lead, an administrator (also one
 * who leads a team) every team of the authority, nobody another authority's. A person is in sight when they belong to
 * the authority and to a followed team; the matrix lists the active members of the followed teams and a single
 * person's page, a reminder and the card are read through the same teams. What of a person in sight is shown (names,
 * statuses, only counts) is decided by {@code visibility.VisibilityRules} under the authority's preset. Anyone else is
 * reported as not found. The weekly digest has no signed-in person and passes the manager's authority itself.
 */
@Component
class TeamAccess {

    private final TeamService teams;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;

    TeamAccess(TeamService teams, StaffDirectory staff, CurrentUser currentUser) {
        this.teams = teams;
        this.staff = staff;
        this.currentUser = currentUser;
    }

    /** An administrator sees as an administrator even where they also lead a team: all teams, the same preset. */
    Viewer viewer() {
        return currentUser.require().hasRole(Role.ADMIN) ? Viewer.ADMIN : Viewer.MANAGER;
    }

    /** The teams the signed-in person follows: a manager's own, an administrator's every team. */
    List<TeamOption> followed() {
        return viewer() == Viewer.ADMIN ? teams.options() : teams.myTeamOptions();
    }

    /** A person of the authority in a team the signed-in person follows (active or not), else not found. */
    StaffMember person(long employeeId) {
        long authorityId = authority();
        Set<Long> followed = Set.copyOf(followed().stream().map(TeamOption::id).toList());
        return staff.member(employeeId).filter(found -> found.authorityId() == authorityId)
                .filter(found -> found.teamId() != null && followed.contains(found.teamId()))
                .orElseThrow(() -> new RecordNotFoundException("employee", employeeId));
    }

    /**
     * The signed-in person's authority, which every team page reads in (members, statuses, checklists, preset):
     * the scope the followed teams belong to.
     */
    long authority() {
        return currentUser.authorityId();
    }
}
