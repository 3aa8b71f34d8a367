package de.willkommensakademie.team;

/** The status filter of the team progress matrix: everyone, or only people with something overdue or expiring. */
public enum StatusFilter {
    ALL, OVERDUE, EXPIRING, NOT_DONE
}
