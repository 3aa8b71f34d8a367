package de.willkommensakademie.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One recorded action. Entries are written once and never changed, so they carry no version. */
@Entity
class AuditEntry {

    static final int TEXT_LENGTH = 200;
    static final int DETAILS_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    private Instant occurredAt;

    /** Null for actions outside any authority (operators, unknown usernames). */
    private Long authorityId;

    @Column(length = TEXT_LENGTH)
    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @Column(length = TEXT_LENGTH)
    private String target;

    @Column(length = DETAILS_LENGTH)
    private String details;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Long authorityId, String actor, AuditAction action, String target, String details) {
        this.occurredAt = occurredAt;
        this.authorityId = authorityId;
        this.actor = clip(actor, TEXT_LENGTH);
        this.action = action;
        this.target = clip(target, TEXT_LENGTH);
        this.details = clip(details, DETAILS_LENGTH);
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    AuditRecord toRecord() {
        return new AuditRecord(occurredAt, actor, action, target, details);
    }
}
