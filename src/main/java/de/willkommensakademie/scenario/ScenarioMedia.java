package de.willkommensakademie.scenario;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Entity;

/** An image shown with a scene, stored in the database so every app instance serves it. */
@Entity
class ScenarioMedia extends AbstractEntity {

    private long scenarioId;

    private String mediaId;

    private String contentType;

    private byte[] data;

    protected ScenarioMedia() {
    }

    ScenarioMedia(long scenarioId, String mediaId, String contentType, byte[] data) {
        this.scenarioId = scenarioId;
        this.mediaId = mediaId;
        this.contentType = contentType;
        this.data = data;
    }

    String mediaId() {
        return mediaId;
    }

    String contentType() {
        return contentType;
    }

    byte[] data() {
        return data;
    }
}
