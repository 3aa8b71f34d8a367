package de.willkommensakademie.learning;

import java.time.Instant;

import de.willkommensakademie.base.events.AuthorityEvent;

/**
 * Published when a person completes a module version. Certificates and onboarding listen to it; {@code expiresAt}
 * is null when the module has no validity.
 */
public record ModuleCompleted(long authorityId, long employeeId, long moduleId, String moduleKey, int versionNumber,
        String titleDe, String titleEn, String summaryDe, String summaryEn, int estimatedMinutes, Instant completedAt,
        Instant expiresAt) implements AuthorityEvent {
}
