package de.willkommensakademie.privacy;

import java.time.Instant;

import de.willkommensakademie.base.AbstractEntity;
import de.willkommensakademie.base.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * A barrier someone reported (BITV 2.0 § 12b (2) No. 2): received at, optional name and e-mail as typed, the page it
 * is about and the message. Never linked to an account, so reporting while signed in tells nobody more than the
 * sender wrote. The authority answers within a month; marking it answered happens once.
 */
@Entity
class AccessibilityFeedback extends AbstractEntity {

    /** Limits declared once: column, check and field. */
    static final int NAME = 200;
    static final int EMAIL = 254;
    static final int PAGE = 500;
    static final int MESSAGE = 4000;

    private long authorityId;
    private Instant receivedAt;
    @Column(length = NAME)
    private String senderName;
    @Column(length = EMAIL)
    private String senderEmail;
    @Column(length = PAGE)
    private String page;
    @Column(length = MESSAGE)
    private String message;
    private Instant answeredAt;

    protected AccessibilityFeedback() {
    }

    AccessibilityFeedback(long authorityId, Instant receivedAt, String senderName, String senderEmail, String page,
            String message) {
        this.authorityId = authorityId;
        this.receivedAt = receivedAt;
        this.senderName = senderName;
        this.senderEmail = senderEmail;
        this.page = page;
        this.message = message;
    }

    /** Marks the request answered; a second time is refused (someone else was quicker). */
    void markAnswered(Instant at) {
        if (answeredAt != null) {
            throw new DomainException("accessibility.feedback.error.already-answered");
        }
        answeredAt = at;
    }

    long authorityId() {
        return authorityId;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    String senderName() {
        return senderName;
    }

    String senderEmail() {
        return senderEmail;
    }

    String page() {
        return page;
    }

    String message() {
        return message;
    }

    Instant answeredAt() {
        return answeredAt;
    }
}
