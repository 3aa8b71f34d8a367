package de.willkommensakademie.learning;

/** A module's editable content with the version it was loaded at, for the editor. */
public record ModuleDraft(long id, long version, boolean editable, ModuleStatus status, int publishedVersion,
        ModuleContent content) {
}
