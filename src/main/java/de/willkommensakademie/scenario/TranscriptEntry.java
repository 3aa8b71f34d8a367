package de.willkommensakademie.scenario;

/**
 * One step of a play as the person reviews it later: the node, the choice taken (null for a scene's "continue"),
 * and the state before the step so "back" can return to it.
 */
public record TranscriptEntry(String node, Integer choice, ScenarioEngine.State before) {
}
