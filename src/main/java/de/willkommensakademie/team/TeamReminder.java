package de.willkommensakademie.team;

import java.time.Instant;

import de.willkommensakademie.learning.AssignedContent;
import de.willkommensakademie.learning.AssignedKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One reminder about one assigned item sent to one person. Written once and never changed, so it has no version. */
@Entity
class TeamReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    private long authorityId;

    private long employeeId;

    @Enumerated(EnumType.STRING)
    private AssignedKind contentKind;

    private long contentId;

    private Instant sentAt;

    private long sentBy;

    protected TeamReminder() {
    }

    TeamReminder(long authorityId, long employeeId, AssignedContent content, Instant sentAt, long sentBy) {
        this.authorityId = authorityId;
        this.employeeId = employeeId;
        this.contentKind = content.kind();
        this.contentId = content.id();
        this.sentAt = sentAt;
        this.sentBy = sentBy;
    }

    Long id() {
        return id;
    }

    long employeeId() {
        return employeeId;
    }

    AssignedContent content() {
        return new AssignedContent(contentKind, contentId);
    }

    /** Moves the sending time, for tests of the seven-day rule. */
    void sentAt(Instant when) {
        this.sentAt = when;
    }
}
