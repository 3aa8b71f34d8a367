package de.willkommensakademie.scenario;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.willkommensakademie.base.privacy.PersonalDataRetention;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person did in a role-play (the transcript of their choices and their reflection) is kept 12 months after
 * they finished; the attempt itself stays with start, end and ending, since whether an assigned role-play was done
 * is the training status the employer keeps. Before a transcript is cleared its choices are counted into
 * {@link ScenarioTallies}, so the trainer's statistics do not change. Unfinished attempts stay until finished or
 * erased (a half-played attempt can be resumed). Erasure deletes the attempts, counting choices, endings and the
 * player first.
 */
@Component
class ScenarioRetention implements PersonalDataRetention {

    static final String ROLE_PLAY_ATTEMPTS = "role-play-attempts";

    private final ScenarioAttemptRepository attempts;
    private final ScenarioTallies tallies;
    private final ScenarioCodec codec;

    ScenarioRetention(ScenarioAttemptRepository attempts, ScenarioTallies tallies, ScenarioCodec codec) {
        this.attempts = attempts;
        this.tallies = tallies;
        this.codec = codec;
    }

    @Override
    public List<RetentionType> retentionTypes() {
        return List.of(new RetentionType(ROLE_PLAY_ATTEMPTS, ChronoUnit.MONTHS, 12, 1));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> due(long authorityId, String type, Instant cutOff) {
        Map<Long, Long> due = new TreeMap<>();
        attempts.findAll(dueAttempts(authorityId, cutOff))
                .forEach(attempt -> due.merge(attempt.employeeId(), 1L, Long::sum));
        return due;
    }

    @Override
    @Transactional
    public long retire(long authorityId, String type, long personId, Instant cutOff) {
        List<ScenarioAttempt> due = attempts.findAll(dueAttempts(authorityId, cutOff).and(
                (root, query, cb) -> cb.equal(root.get("employeeId"), personId)));
        for (ScenarioAttempt attempt : due) {
            countChoices(attempt);
            attempt.forget();
        }
        return due.size();
    }

    @Override
    @Transactional
    public List<KeptRecords> erase(long authorityId, long personId, Instant now) {
        List<ScenarioAttempt> own = attempts.findAll((root, query, cb) -> cb.and(
                cb.equal(root.get("authorityId"), authorityId), cb.equal(root.get("employeeId"), personId)));
        Set<Long> versions = new HashSet<>();
        for (ScenarioAttempt attempt : own) {
            countChoices(attempt);
            if (attempt.ending() != null) {
                tallies.add(authorityId, attempt.scenarioVersionId(), ScenarioTallies.ENDING, attempt.ending(), -1, 1);
            }
            if (versions.add(attempt.scenarioVersionId())) {
                tallies.add(authorityId, attempt.scenarioVersionId(), ScenarioTallies.PLAYER, "", -1, 1);
            }
        }
        attempts.deleteAll(own);
        return List.of();
    }

    private void countChoices(ScenarioAttempt attempt) {
        for (TranscriptEntry entry : codec.transcript(attempt.transcript())) {
            if (entry.choice() != null) {
                tallies.add(attempt.authorityId(), attempt.scenarioVersionId(), ScenarioTallies.CHOICE, entry.node(),
                        entry.choice(), 1);
            }
        }
    }

    /** Finished before the cut-off and still holding a transcript or a reflection. */
    private static Specification<ScenarioAttempt> dueAttempts(long authorityId, Instant cutOff) {
        return (root, query, cb) -> cb.and(cb.equal(root.get("authorityId"), authorityId),
                cb.lessThan(root.get("completedAt"), cutOff),
                cb.or(cb.notEqual(root.get("transcript"), ScenarioAttempt.NO_TRANSCRIPT),
                        cb.isNotNull(root.get("reflection"))));
    }
}
