package de.willkommensakademie.learning;

/** The kinds of content that can be assigned: learning modules and role-plays, with the same rules. */
public enum AssignedKind {
    MODULE, ROLE_PLAY
}
