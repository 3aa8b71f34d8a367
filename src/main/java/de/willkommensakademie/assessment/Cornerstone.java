package de.willkommensakademie.assessment;

/**
 * The five cornerstones (Eckpunkte) of a Willkommensbehörde that the self-assessment groups its statements by. Names
 * are stored and used as keys in questionnaire files; never rename one.
 */
public enum Cornerstone {
    SELF_IMAGE, INTERNAL_ORGANISATION, APPEARANCE_AND_COMMUNICATION, STAFF_COMPETENCES, NETWORKING
}
