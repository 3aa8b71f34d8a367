package de.willkommensakademie.language;

/** A level as the person reported it, or verified by their manager or an admin. */
public enum LevelStatus {
    SELF_REPORTED, VERIFIED
}
