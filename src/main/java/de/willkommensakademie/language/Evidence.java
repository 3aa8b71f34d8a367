package de.willkommensakademie.language;

/** What a level rests on. */
public enum Evidence {
    TELC, GOETHE, CAMBRIDGE, TESTDAF, UNICERT, IN_HOUSE_TEST, SELF_ASSESSMENT, FIRST_LANGUAGE
}
