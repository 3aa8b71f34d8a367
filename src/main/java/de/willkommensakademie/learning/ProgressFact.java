package de.willkommensakademie.learning;

import java.time.Instant;

/**
 * Where one person stands with one assigned item, as far as anyone but the person may ever learn it: started,
 * completed and when the completion runs out. Nothing about how they learned.
 */
public record ProgressFact(long employeeId, long contentId, Instant startedAt, Instant completedAt,
        Instant expiresAt) {

    boolean isCompleted() {
        return completedAt != null;
    }

    boolean isExpiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
