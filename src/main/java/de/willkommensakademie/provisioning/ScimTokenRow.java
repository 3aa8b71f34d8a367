package de.willkommensakademie.provisioning;

import java.time.Instant;

/** One token in the operator's list; the token itself is never shown again. */
public record ScimTokenRow(long id, long authorityId, String authorityName, Instant createdAt, String createdBy,
        Instant lastUsedAt) {
}
