package de.willkommensakademie.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.willkommensakademie.assessment.AnswerSheet.Rating;
import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.base.DomainException;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person answering the rounds they were asked in: their open rounds, the draft they save and come back to, and the
 * submission. Submitting is one transaction that marks the participation answered, adds one to the counters of the
 * whole round and of the person's team and job role (where those groups have counters), and stores the comments — none
 * of it with the person, the participation or a time. Nothing here writes an audit entry or a log line, so no record
 * ties a person to when they answered.
 */
@Service
public class Answering {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AssessmentRoundRepository rounds;
    private final ParticipationRepository participations;
    private final RoundCounters counters;
    private final QuestionnaireVersions questionnaires;
    private final RoundAccess access;
    private final Clock clock;

    Answering(AssessmentRoundRepository rounds, ParticipationRepository participations, RoundCounters counters,
            QuestionnaireVersions questionnaires, RoundAccess access, Clock clock) {
        this.rounds = rounds;
        this.participations = participations;
        this.counters = counters;
        this.questionnaires = questionnaires;
        this.access = access;
        this.clock = clock;
    }

    /** The running rounds the signed-in person was asked in and has not answered, soonest end first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<OpenRound> myOpenRounds() {
        long me = access.me().accountId();
        long authorityId = access.ownAuthority();
        List<Long> unanswered = participations.findUnansweredRoundIds(me);
        if (unanswered.isEmpty()) {
            return List.of();
        }
        return rounds.findRunning(unanswered, today()).stream().filter(round -> round.authorityId() == authorityId)
                .map(round -> new OpenRound(round.getId(), round.title(), round.endsOn(),
                        participations.findByRoundIdAndEmployeeId(round.getId(), me)
                                .map(participation -> participation.draft() != null).orElse(false)))
                .toList();
    }

    /** The round to answer with its questionnaire and the saved draft; refused once answered or outside its dates. */
    @PermitAll
    @Transactional(readOnly = true)
    public AnswerPage open(long roundId) {
        AssessmentRound round = ownRound(roundId);
        Participation participation = mine(roundId);
        requireOpen(round, participation);
        return new AnswerPage(roundId, round.title(), round.endsOn(),
                questionnaires.content(round.questionnaireVersionId()), read(participation.draft()),
                participation.getVersion());
    }

    /** Keeps unfinished answers to come back to; answers the new version. */
    @PermitAll
    @Transactional
    public long saveDraft(long roundId, long version, AnswerSheet sheet) {
        AssessmentRound round = ownRound(roundId);
        Participation participation = mine(roundId);
        requireOpen(round, participation);
        participation.requireVersion(version);
        check(sheet, counters.statementKeys(roundId));
        participation.keepDraft(JSON.writeValueAsString(sheet));
        return participations.saveAndFlush(participation).getVersion();
    }

    /**
     * Submits the answers once. A statement without a value on a scale counts as "cannot judge" there. Refused, with
     * nothing changed, when answered already, before the start, after the end, with a value outside 0–5, an unknown
     * statement or a comment that is too long.
     */
    @PermitAll
    @Transactional
    public void submit(long roundId, long version, AnswerSheet sheet) {
        AssessmentRound round = ownRound(roundId);
        Participation participation = mine(roundId);
        requireOpen(round, participation);
        participation.requireVersion(version);
        Set<String> statements = counters.statementKeys(roundId);
        check(sheet, statements);
        participation.submitted();
        participations.saveAndFlush(participation);
        Map<String, int[]> values = new LinkedHashMap<>();
        for (String statement : statements.stream().sorted().toList()) {
            Rating rating = sheet.rating(statement);
            values.put(statement, new int[] {valueOf(rating.current()), valueOf(rating.importance())});
        }
        Set<RoundGroup> withCounters = counters.groups(roundId);
        List<RoundGroup> groups = new ArrayList<>(List.of(RoundGroup.ALL));
        if (participation.teamId() != null) {
            groups.add(new RoundGroup(GroupKind.TEAM, participation.teamId()));
        }
        if (participation.jobRoleId() != null) {
            groups.add(new RoundGroup(GroupKind.JOB_ROLE, participation.jobRoleId()));
        }
        counters.count(roundId, groups.stream().filter(withCounters::contains).toList(), values);
        sheet.comments().forEach((cornerstone, text) -> {
            if (!text.isBlank()) {
                counters.comment(roundId, cornerstone, text.strip());
            }
        });
        participations.rewriteAll(roundId);
    }

    private AssessmentRound ownRound(long roundId) {
        return rounds.findByIdAndAuthorityId(roundId, access.ownAuthority())
                .orElseThrow(() -> RoundAccess.notFound(roundId));
    }

    /** The signed-in person's participation; a round they were not asked in reads as not found. */
    private Participation mine(long roundId) {
        return participations.findByRoundIdAndEmployeeId(roundId, access.me().accountId())
                .orElseThrow(() -> new RecordNotFoundException("assessment round", roundId));
    }

    private void requireOpen(AssessmentRound round, Participation participation) {
        if (participation.answered()) {
            throw new DomainException("assessment.answer.error.already-answered");
        }
        switch (round.status(today())) {
            case PLANNED -> throw new DomainException("assessment.answer.error.not-started");
            case ENDED -> throw new DomainException("assessment.answer.error.ended");
            case RUNNING -> {
            }
        }
    }

    private static void check(AnswerSheet sheet, Set<String> statements) {
        for (var entry : sheet.ratings().entrySet()) {
            if (!statements.contains(entry.getKey())) {
                throw new UserFacingException("assessment.answer.error.unknown-statement", entry.getKey());
            }
            for (Integer value : new Integer[] {entry.getValue().current(), entry.getValue().importance()}) {
                if (value != null && (value < AnswerSheet.CANNOT_JUDGE || value > RatingSummary.HIGHEST)) {
                    throw new UserFacingException("assessment.answer.error.value", value);
                }
            }
        }
        for (String comment : sheet.comments().values()) {
            if (comment.strip().length() > AnswerSheet.COMMENT_LENGTH) {
                throw new UserFacingException("assessment.answer.error.comment-too-long", AnswerSheet.COMMENT_LENGTH);
            }
        }
    }

    private static int valueOf(Integer value) {
        return value == null ? AnswerSheet.CANNOT_JUDGE : value;
    }

    private static AnswerSheet read(String draft) {
        return draft == null ? AnswerSheet.empty() : JSON.readValue(draft, AnswerSheet.class);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }
}
