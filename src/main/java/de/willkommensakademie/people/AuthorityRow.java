package de.willkommensakademie.people;

/** One authority in the operator's list. */
public record AuthorityRow(long id, String name, String shortName, String defaultLanguage) {
}
