package de.willkommensakademie.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.willkommensakademie.base.UserFacingException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The rounds the action plan works from, with the rounds' own access rule ({@link RoundAccess}): a round the person
 * may not see is not found. Actions are taken from rounds that have started.
 */
@Component
class ActionRounds {

    /** More rounds than an authority runs in years: the dialog's choice never reads without a bound. */
    private static final int MAX_CHOICES = 500;

    /** What the action plan needs of a round. */
    record RoundRef(long id, long authorityId, long questionnaireVersionId, String title, LocalDate startsOn,
            LocalDate endsOn) {

        static RoundRef of(AssessmentRound round) {
            return new RoundRef(round.getId(), round.authorityId(), round.questionnaireVersionId(), round.title(),
                    round.startsOn(), round.endsOn());
        }
    }

    private final AssessmentRoundRepository rounds;
    private final RoundAccess access;
    private final QuestionnaireVersions versions;
    private final Clock clock;

    ActionRounds(AssessmentRoundRepository rounds, RoundAccess access, QuestionnaireVersions versions, Clock clock) {
        this.rounds = rounds;
        this.access = access;
        this.versions = versions;
        this.clock = clock;
    }

    /** A round the signed-in person may see, or not found. */
    RoundRef visible(long roundId) {
        return RoundRef.of(access.visible(roundId));
    }

    /** A round the signed-in person may see that has started (a planned round has no results to act on). */
    RoundRef started(long roundId) {
        RoundRef round = visible(roundId);
        if (round.startsOn().isAfter(LocalDate.now(clock))) {
            throw new UserFacingException("assessment.action.error.round-not-started");
        }
        return round;
    }

    /** A round of the person's authority, whoever may see it (an existing action's round, for its editors). */
    RoundRef ofAuthority(long roundId) {
        return rounds.findByIdAndAuthorityId(roundId, access.ownAuthority()).map(RoundRef::of)
                .orElseThrow(() -> RoundAccess.notFound(roundId));
    }

    /** The started rounds the signed-in person sees, newest first. */
    List<RoundRef> visibleStarted() {
        boolean admin = access.admin();
        Set<Long> led = admin ? Set.of() : access.ledTeams();
        LocalDate today = LocalDate.now(clock);
        return rounds.findVisible(access.ownAuthority(), admin, access.me().accountId(),
                led.isEmpty() ? Set.of(-1L) : led, PageRequest.of(0, MAX_CHOICES)).stream()
                .filter(round -> !round.startsOn().isAfter(today)).map(RoundRef::of).toList();
    }

    /** The questionnaire version a round was started with (the caller checked the round). */
    QuestionnaireContent questionnaire(RoundRef round) {
        return versions.content(round.questionnaireVersionId());
    }

    /** Titles of these rounds of the person's authority. */
    Map<Long, String> titles(Collection<Long> roundIds) {
        long authorityId = access.ownAuthority();
        return rounds.findAllById(roundIds).stream().filter(round -> round.authorityId() == authorityId)
                .collect(Collectors.toMap(AssessmentRound::getId, AssessmentRound::title));
    }
}
