package de.willkommensakademie.base.content;

import java.time.Instant;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.MappedSuperclass;

/**
 * One published version of authored content, never changed after it is written; what people started stays on it.
 * Each entity maps {@code contentId} to its own column with {@code @AttributeOverride}.
 */
@MappedSuperclass
public abstract class ContentVersion extends AbstractEntity {

    private long contentId;

    private int number;

    private String content;

    private Instant publishedAt;

    protected ContentVersion() {
    }

    protected ContentVersion(long contentId, int number, String content, Instant publishedAt) {
        this.contentId = contentId;
        this.number = number;
        this.content = content;
        this.publishedAt = publishedAt;
    }

    public long contentId() {
        return contentId;
    }

    public int number() {
        return number;
    }

    public String content() {
        return content;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
