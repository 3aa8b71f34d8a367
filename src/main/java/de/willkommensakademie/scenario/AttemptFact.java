package de.willkommensakademie.scenario;

import java.time.Instant;

/**
 * What anyone but the player may know of their attempts at one role-play: when they last started it and when they
 * first reached an ending (null if never). Never the outcome, choices, transcript, scores or number of attempts.
 */
record AttemptFact(long employeeId, long scenarioId, Instant lastStartedAt, Instant firstCompletedAt) {
}
