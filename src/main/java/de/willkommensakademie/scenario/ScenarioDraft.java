package de.willkommensakademie.scenario;

/** A scenario's editable content with the version it was loaded at, for the editor and the preview. */
public record ScenarioDraft(long id, long version, boolean editable, ScenarioStatus status, int publishedVersion,
        ScenarioContent content) {
}
