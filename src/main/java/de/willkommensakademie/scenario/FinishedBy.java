package de.willkommensakademie.scenario;

/**
 * That a person finished a role-play with an outcome, for the manager's counts of people ({@link ScenarioResults}):
 * read without the attempt's transcript, and never leaves the service except as a count.
 */
record FinishedBy(long scenarioId, long employeeId, ScenarioContent.Outcome outcome) {
}
