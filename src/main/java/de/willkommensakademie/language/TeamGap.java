package de.willkommensakademie.language;

/** A team member's gap against a target of their job role, counting only verified levels. */
public record TeamGap(String person, Gap gap) {
}
