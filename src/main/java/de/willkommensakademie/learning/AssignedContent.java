package de.willkommensakademie.learning;

/** One assignable item: a module or a role-play by its id. */
public record AssignedContent(AssignedKind kind, long id) {
}
