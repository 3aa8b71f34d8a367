package de.willkommensakademie.scenario;

import java.time.Instant;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Entity;

/** One published version of a scenario; attempts stay on the version they started. */
@Entity
class ScenarioVersion extends AbstractEntity {

    private long scenarioId;

    private int number;

    private String content;

    private Instant publishedAt;

    protected ScenarioVersion() {
    }

    ScenarioVersion(long scenarioId, int number, String content, Instant publishedAt) {
        this.scenarioId = scenarioId;
        this.number = number;
        this.content = content;
        this.publishedAt = publishedAt;
    }

    int number() {
        return number;
    }

    String content() {
        return content;
    }
}
