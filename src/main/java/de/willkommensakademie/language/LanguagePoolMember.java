package de.willkommensakademie.language;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Someone who agreed to be asked for help in their languages; leaving deletes the row at once. */
@Entity
class LanguagePoolMember {

    @Id
    private Long employeeId;
    private long authorityId;
    private Instant joinedAt;

    protected LanguagePoolMember() {
    }

    long employeeId() {
        return employeeId;
    }

    LanguagePoolMember(long employeeId, long authorityId, Instant joinedAt) {
        this.employeeId = employeeId;
        this.authorityId = authorityId;
        this.joinedAt = joinedAt;
    }
}
