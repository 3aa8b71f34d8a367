package de.willkommensakademie.base.content;

/** Authored content is edited as a draft, used once published, and kept but no longer offered once archived. */
public enum ContentStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
