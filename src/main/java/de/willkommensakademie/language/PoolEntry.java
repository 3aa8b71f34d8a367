package de.willkommensakademie.language;

/** Someone who can help at the counter in a language: name, team, the language and level — nothing else. */
public record PoolEntry(String name, String team, String language, Cefr level) {
}
