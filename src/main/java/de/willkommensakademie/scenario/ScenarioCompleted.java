package de.willkommensakademie.scenario;

import java.time.Instant;

/** Published when a person reaches an ending; onboarding and certificates listen to it. */
public record ScenarioCompleted(long authorityId, long employeeId, long scenarioId, String scenarioKey,
        int versionNumber, String ending, ScenarioContent.Outcome outcome, Instant completedAt) {
}
