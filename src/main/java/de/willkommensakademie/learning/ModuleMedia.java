package de.willkommensakademie.learning;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Entity;

/** An image of an image lesson, stored in the database so every app instance serves it. */
@Entity
class ModuleMedia extends AbstractEntity {

    private long moduleId;

    private String mediaId;

    private String contentType;

    private byte[] data;

    protected ModuleMedia() {
    }

    ModuleMedia(long moduleId, String mediaId, String contentType, byte[] data) {
        this.moduleId = moduleId;
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
