package de.willkommensakademie.learning;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Entity;

/** An image of an image lesson, stored in the database so every app instance serves it. */
@Entity
class ModuleImage extends AbstractEntity {

    private long moduleId;

    private String imageId;

    private String contentType;

    private byte[] data;

    protected ModuleImage() {
    }

    ModuleImage(long moduleId, String imageId, String contentType, byte[] data) {
        this.moduleId = moduleId;
        this.imageId = imageId;
        this.contentType = contentType;
        this.data = data;
    }

    String imageId() {
        return imageId;
    }

    String contentType() {
        return contentType;
    }

    byte[] data() {
        return data;
    }
}
