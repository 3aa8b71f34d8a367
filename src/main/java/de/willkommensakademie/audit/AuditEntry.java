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
    static final int KEY_LENGTH = 120;
    static final int ARGUMENTS_LENGTH = 2000;

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

    /** Plain text: older entries and callers that give no structured details. */
    @Column(length = DETAILS_LENGTH)
    private String details;

    @Column(length = KEY_LENGTH)
    private String detailsKey;

    @Column(length = ARGUMENTS_LENGTH)
    private String detailsArguments;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Long authorityId, String actor, AuditAction action, String target, String details) {
        this.occurredAt = occurredAt;
        this.authorityId = authorityId;
        this.actor = Logs.clip(actor, TEXT_LENGTH);
        this.action = action;
        this.target = Logs.clip(target, TEXT_LENGTH);
        this.details = Logs.clip(details, DETAILS_LENGTH);
    }

    AuditEntry(Instant occurredAt, Long authorityId, String actor, AuditAction action, String target,
            AuditDetails details) {
        this(occurredAt, authorityId, actor, action, target, (String) null);
        if (details != null) {
            String arguments = AuditArguments.write(details.arguments());
            if (arguments.length() > ARGUMENTS_LENGTH) {
                throw new IllegalArgumentException("Audit details too long for " + action);
            }
            this.detailsKey = details.key();
            this.detailsArguments = arguments;
        }
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String actor() {
        return actor;
    }

    AuditAction action() {
        return action;
    }

    String target() {
        return target;
    }

    /** The structured details, or null for an entry with plain text (or none). */
    AuditDetails structuredDetails() {
        return detailsKey == null ? null : new AuditDetails(detailsKey, AuditArguments.read(detailsArguments));
    }

    String plainDetails() {
        return details;
    }
}
