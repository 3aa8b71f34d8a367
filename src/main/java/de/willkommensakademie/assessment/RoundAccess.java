package de.willkommensakademie.assessment;

import java.util.Set;
import java.util.stream.Collectors;

import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TeamService;
import org.springframework.stereotype.Component;

/**
 * Who may see and run which round, in one place. Everybody stays in their own authority. Admins see and end every
 * round of it; a manager sees the rounds they started, those asking the whole authority and those asking one of the
 * teams they lead, and ends only their own. A round outside that reads as not found. Answering is the respondent's own
 * participation and needs no rule here.
 */
@Component
class RoundAccess {

    private final AssessmentRoundRepository rounds;
    private final TeamService teams;
    private final CurrentUser currentUser;

    RoundAccess(AssessmentRoundRepository rounds, TeamService teams, CurrentUser currentUser) {
        this.rounds = rounds;
        this.teams = teams;
        this.currentUser = currentUser;
    }

    long ownAuthority() {
        return currentUser.authorityId();
    }

    AppUser me() {
        return currentUser.require();
    }

    boolean admin() {
        return me().hasRole(Role.ADMIN);
    }

    /** The teams the signed-in person leads (empty for someone who leads none). */
    Set<Long> ledTeams() {
        return teams.myTeamOptions().stream().map(TeamOption::id).collect(Collectors.toSet());
    }

    /** A round the signed-in person may see, or not found. */
    AssessmentRound visible(long roundId) {
        AssessmentRound round = rounds.findByIdAndAuthorityId(roundId, ownAuthority())
                .orElseThrow(() -> notFound(roundId));
        if (!sees(round)) {
            throw notFound(roundId);
        }
        return round;
    }

    /** A round the signed-in person may end: any visible one for admins, a manager's own. */
    AssessmentRound endable(long roundId) {
        AssessmentRound round = visible(roundId);
        if (!admin() && (round.startedById() == null || round.startedById() != me().accountId())) {
            throw notFound(roundId);
        }
        return round;
    }

    boolean sees(AssessmentRound round) {
        AppUser me = me();
        if (round.authorityId() != ownAuthority()) {
            return false;
        }
        if (me.hasRole(Role.ADMIN)) {
            return true;
        }
        if (!me.hasRole(Role.MANAGER)) {
            return false;
        }
        if (round.wholeAuthority() || (round.startedById() != null && round.startedById() == me.accountId())) {
            return true;
        }
        Set<Long> led = ledTeams();
        return round.audience().stream()
                .anyMatch(target -> target.kind() == GroupKind.TEAM && led.contains(target.targetId()));
    }

    static RecordNotFoundException notFound(long roundId) {
        return new RecordNotFoundException("assessment round", roundId);
    }
}
