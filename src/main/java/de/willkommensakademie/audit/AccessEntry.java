package de.willkommensakademie.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One access to one person's records by someone else. Written once and never changed, so it carries no version. */
@Entity
class AccessEntry {

    static final int TEXT_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(name = "accessed_at")
    private Instant at;

    private long authorityId;

    private long actorId;

    /** The actor's name at the time. */
    @Column(length = TEXT_LENGTH)
    private String actor;

    private long subjectId;

    /** The subject's name at the time; null if it was not known. */
    @Column(length = TEXT_LENGTH)
    private String subject;

    @Enumerated(EnumType.STRING)
    private AccessKind kind;

    /** A short free text such as a module's title or "CSV". */
    @Column(length = TEXT_LENGTH)
    private String what;

    protected AccessEntry() {
    }

    AccessEntry(Instant at, long authorityId, long actorId, String actor, long subjectId, String subject,
            AccessKind kind, String what) {
        this.at = at;
        this.authorityId = authorityId;
        this.actorId = actorId;
        this.actor = Logs.clip(actor, TEXT_LENGTH);
        this.subjectId = subjectId;
        this.subject = Logs.clip(subject, TEXT_LENGTH);
        this.kind = kind;
        this.what = Logs.clip(what, TEXT_LENGTH);
    }

    AccessRecord toRecord() {
        return new AccessRecord(at, actor, subject, kind, what);
    }

    long subjectId() {
        return subjectId;
    }
}
