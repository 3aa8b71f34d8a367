package de.willkommensakademie.people;

/** A team as a choice in a form or filter. */
public record TeamOption(long id, String name) {
}
