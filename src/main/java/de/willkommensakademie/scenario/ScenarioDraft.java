package de.willkommensakademie.scenario;

import de.willkommensakademie.base.content.ContentStatus;

/** A scenario's editable content with the version it was loaded at, for the editor and the preview. */
public record ScenarioDraft(long id, long version, boolean editable, ContentStatus status, int publishedVersion,
        ScenarioContent content) {
}
