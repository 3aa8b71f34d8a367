package de.willkommensakademie.scenario;

import java.time.Instant;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.ConstructorResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SqlResultSetMapping;

/**
 * One person playing one scenario version: the current state and the transcript of choices with their feedback,
 * both as JSON. Private to the person; others see at most whether and how it ended.
 */
@Entity
@SqlResultSetMapping(name = ScenarioAttempt.FACT, classes = @ConstructorResult(targetClass = AttemptFact.class,
        columns = {@ColumnResult(name = "employee_id", type = Long.class),
                @ColumnResult(name = "scenario_id", type = Long.class),
                @ColumnResult(name = "last_started_at", type = Instant.class),
                @ColumnResult(name = "first_completed_at", type = Instant.class)}))
class ScenarioAttempt extends AbstractEntity {

    /** Native queries' rows (employee_id, scenario_id, last_started_at, first_completed_at) as {@link AttemptFact}s. */
    static final String FACT = "AttemptFact";

    /** The transcript of an attempt not yet played, or whose transcript retention has cleared. */
    static final String NO_TRANSCRIPT = "[]";

    private long authorityId;

    private long employeeId;

    private long scenarioId;

    @Column(name = "scenario_version")
    private long scenarioVersionId;

    private Instant startedAt;

    private String state;

    private String transcript;

    private int backSteps;

    private Instant completedAt;

    private String ending;

    @Enumerated(EnumType.STRING)
    private ScenarioContent.Outcome outcome;

    private String reflection;

    protected ScenarioAttempt() {
    }

    ScenarioAttempt(long authorityId, long employeeId, long scenarioId, long scenarioVersionId, String state,
            Instant startedAt) {
        this.authorityId = authorityId;
        this.employeeId = employeeId;
        this.scenarioId = scenarioId;
        this.scenarioVersionId = scenarioVersionId;
        this.state = state;
        this.transcript = NO_TRANSCRIPT;
        this.startedAt = startedAt;
    }

    void advance(String newState, String newTranscript, boolean back) {
        if (completedAt != null) {
            throw new IllegalStateException("Attempt " + getId() + " has ended");
        }
        this.state = newState;
        this.transcript = newTranscript;
        if (back) {
            backSteps++;
        }
    }

    void end(String endingNode, ScenarioContent.Outcome reached, Instant now) {
        this.ending = endingNode;
        this.outcome = reached;
        this.completedAt = now;
    }

    /**
     * Retention: what the person chose and wrote goes, whether and how the attempt ended stays (the training status).
     * Only a finished attempt is retired, so nobody resumes one without its transcript.
     */
    void forget() {
        if (completedAt == null) {
            throw new IllegalStateException("Attempt " + getId() + " is still being played");
        }
        this.transcript = NO_TRANSCRIPT;
        this.reflection = null;
    }

    void reflect(String text) {
        this.reflection = text;
    }

    long authorityId() {
        return authorityId;
    }

    long employeeId() {
        return employeeId;
    }

    long scenarioId() {
        return scenarioId;
    }

    long scenarioVersionId() {
        return scenarioVersionId;
    }

    Instant startedAt() {
        return startedAt;
    }

    String state() {
        return state;
    }

    String transcript() {
        return transcript;
    }

    Instant completedAt() {
        return completedAt;
    }

    ScenarioContent.Outcome outcome() {
        return outcome;
    }

    String ending() {
        return ending;
    }

    String reflection() {
        return reflection;
    }
}
