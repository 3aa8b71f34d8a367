package de.willkommensakademie.scenario;

import static de.willkommensakademie.base.RecordSpecifications.withId;

import java.time.Instant;
import java.util.List;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.RecordSpecifications;
import de.willkommensakademie.base.security.CurrentUser;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who sees and does what with role-plays, in one place. Scenarios follow the content kernel's rule, read through
 * {@link ScenarioStore}: the authority sees the shipped library, its own, and published ones others share, plays the
 * published ones and changes its own unless archived. An attempt (transcript, reflection, result) belongs to its player
 * alone, read through {@link #ownAttempts()} as list and single record; trainers' choice counts and managers' finish
 * counts are read in {@link #countsAuthority()} and only ever leave as counts of people (see
 * {@link ScenarioResults}). Anything else is reported as not found.
 */
@Component
class ScenarioAccess {

    private final ScenarioStore store;
    private final ScenarioAttemptRepository attempts;
    private final CurrentUser currentUser;

    ScenarioAccess(ScenarioStore store, ScenarioAttemptRepository attempts, CurrentUser currentUser) {
        this.store = store;
        this.attempts = attempts;
        this.currentUser = currentUser;
    }

    Scenario visible(long id) {
        return store.visible(id);
    }

    /** Visible and published: what people of the authority may play. */
    Scenario usable(long id) {
        return store.usable(id);
    }

    /** Every scenario people of the authority may play, by title. */
    List<Scenario> usable() {
        return store.usable();
    }

    Scenario editable(long id) {
        return store.editable(id);
    }

    boolean isOwn(Scenario scenario) {
        return store.isOwn(scenario);
    }

    /** The signed-in person's own attempts: the rule of their list and of a single attempt. */
    Specification<ScenarioAttempt> ownAttempts() {
        return RecordSpecifications.ownedBy(currentUser.authorityId(), currentUser.require().accountId());
    }

    /** One of the signed-in person's own attempts, or not found. */
    ScenarioAttempt ownAttempt(long attemptId) {
        return attempts.findOne(ownAttempts().and(withId(attemptId)))
                .orElseThrow(() -> new RecordNotFoundException("attempt", attemptId));
    }

    /** A new attempt of the signed-in person, in their authority. */
    ScenarioAttempt newAttempt(long scenarioId, long scenarioVersionId, String state, Instant startedAt) {
        return new ScenarioAttempt(currentUser.authorityId(), currentUser.require().accountId(), scenarioId,
                scenarioVersionId, state, startedAt);
    }

    /**
     * The signed-in trainer's or manager's authority, whose attempts counts are read in: the managers' finish counts
     * (narrowed to their teams' people), the counts kept of deleted attempts, and {@link #authorityAttempts()}.
     */
    long countsAuthority() {
        return currentUser.authorityId();
    }

    /**
     * Every attempt in the signed-in trainer's or manager's authority, for counts only: the callers narrow it to a
     * version and never hand out a single attempt.
     */
    Specification<ScenarioAttempt> authorityAttempts() {
        long authorityId = currentUser.authorityId();
        return (root, query, cb) -> cb.equal(root.get("authorityId"), authorityId);
    }
}
