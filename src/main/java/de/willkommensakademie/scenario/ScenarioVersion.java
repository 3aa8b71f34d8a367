package de.willkommensakademie.scenario;

import java.time.Instant;

import de.willkommensakademie.base.content.ContentVersion;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** One published version of a scenario; attempts stay on the version they started. */
@Entity
@AttributeOverride(name = "contentId", column = @Column(name = "scenario_id"))
class ScenarioVersion extends ContentVersion {

    protected ScenarioVersion() {
    }

    ScenarioVersion(long scenarioId, int number, String content, Instant publishedAt) {
        super(scenarioId, number, content, publishedAt);
    }
}
