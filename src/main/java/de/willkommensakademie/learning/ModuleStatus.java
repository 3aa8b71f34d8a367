package de.willkommensakademie.learning;

/** A module is edited as a draft, learned once published, and kept but hidden once archived. */
public enum ModuleStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
