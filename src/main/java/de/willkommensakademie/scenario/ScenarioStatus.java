package de.willkommensakademie.scenario;

/** Draft until first published; archived scenarios are no longer offered but their attempts stay. */
public enum ScenarioStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
