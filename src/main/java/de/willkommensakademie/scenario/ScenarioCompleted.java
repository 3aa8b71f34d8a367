package de.willkommensakademie.scenario;

import java.time.Instant;

import de.willkommensakademie.base.events.AuthorityEvent;

/**
 * Published when a person reaches an ending; onboarding and certificates listen to it. {@code certificate}: the
 * trainer chose that completing this role-play earns a certificate; {@code competencesDe/En} name what it trains.
 */
public record ScenarioCompleted(long authorityId, long employeeId, long scenarioId, String scenarioKey,
        int versionNumber, String ending, ScenarioContent.Outcome outcome, Instant completedAt, String titleDe,
        String titleEn, String competencesDe, String competencesEn, int estimatedMinutes, boolean certificate)
        implements AuthorityEvent {
}
