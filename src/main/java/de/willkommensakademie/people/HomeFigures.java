package de.willkommensakademie.people;

/** What an admin's start page counts: what needs looking after in the authority's accounts. */
public record HomeFigures(long activeEmployees, long withoutTeam, long lockedAccounts, long startingSoon, long teams) {
}
