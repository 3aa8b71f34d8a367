package de.willkommensakademie.base.content;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.MappedSuperclass;

/**
 * A file of authored content (an image, a video), stored in the database so every app instance serves it. Each
 * entity maps {@code contentId} to its own column with {@code @AttributeOverride}.
 */
@MappedSuperclass
public abstract class ContentMedia extends AbstractEntity {

    private long contentId;

    private String mediaId;

    private String contentType;

    private byte[] data;

    protected ContentMedia() {
    }

    protected ContentMedia(long contentId, MediaFile file) {
        this.contentId = contentId;
        this.mediaId = file.id();
        this.contentType = file.contentType();
        this.data = file.data();
    }

    public long contentId() {
        return contentId;
    }

    public String mediaId() {
        return mediaId;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] data() {
        return data;
    }

    public MediaFile file() {
        return new MediaFile(mediaId, contentType, data);
    }
}
