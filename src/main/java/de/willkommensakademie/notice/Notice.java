package de.willkommensakademie.notice;

import java.time.Instant;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Entity;

/** One notice to one person; the text is a translation key with arguments, so it shows in their current language. */
@Entity
class Notice extends AbstractEntity {

    private long authorityId;
    private long recipientId;
    private String messageKey;
    private String arguments;
    private String link;
    private String dedupeKey;
    private Instant createdAt;
    private Instant readAt;
    private Instant mailedAt;

    protected Notice() {
    }

    Notice(long authorityId, long recipientId, String messageKey, String arguments, String link, String dedupeKey,
            Instant createdAt) {
        this.authorityId = authorityId;
        this.recipientId = recipientId;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.link = link;
        this.dedupeKey = dedupeKey;
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    void markMailed(Instant at) {
        mailedAt = at;
    }

    long recipientId() {
        return recipientId;
    }

    String messageKey() {
        return messageKey;
    }

    String arguments() {
        return arguments;
    }

    String link() {
        return link;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant readAt() {
        return readAt;
    }
}
