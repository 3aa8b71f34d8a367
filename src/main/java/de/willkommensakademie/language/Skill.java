package de.willkommensakademie.language;

/** The four skills of the CEFR; a target without a skill means the overall level. */
public enum Skill {
    LISTENING, READING, SPEAKING, WRITING
}
