package de.willkommensakademie.learning;

import de.willkommensakademie.base.content.ContentStatus;

/** A module's editable content with the version it was loaded at, for the editor. */
public record ModuleDraft(long id, long version, boolean editable, ContentStatus status, int publishedVersion,
        ModuleContent content) {
}
