package de.willkommensakademie.scenario;

import de.willkommensakademie.base.content.ContentMedia;
import de.willkommensakademie.base.content.MediaFile;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** An image shown with a scene. */
@Entity
@AttributeOverride(name = "contentId", column = @Column(name = "scenario_id"))
class ScenarioMedia extends ContentMedia {

    protected ScenarioMedia() {
    }

    ScenarioMedia(long scenarioId, MediaFile file) {
        super(scenarioId, file);
    }
}
