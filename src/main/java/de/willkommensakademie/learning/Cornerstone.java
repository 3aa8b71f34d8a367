package de.willkommensakademie.learning;

/** The five cornerstones (Eckpunkte) of a welcome authority that a module serves. */
public enum Cornerstone {
    SELF_IMAGE, ORGANISATION, APPEARANCE, COMPETENCES, NETWORKING
}
