package de.willkommensakademie.provisioning;

import java.time.Instant;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Entity;

/** A bearer token of one authority's SCIM client: only its SHA-256 hash is kept, the token is shown once. */
@Entity
class ScimToken extends AbstractEntity {

    private long authorityId;
    private String tokenHash;
    private Instant createdAt;
    /** The platform operator who created it (never an employee: operators alone manage tokens). */
    private String createdBy;
    private Instant lastUsedAt;

    protected ScimToken() {
    }

    ScimToken(long authorityId, String tokenHash, Instant createdAt, String createdBy) {
        this.authorityId = authorityId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    long authorityId() {
        return authorityId;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }
}
