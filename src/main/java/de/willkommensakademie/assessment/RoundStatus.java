package de.willkommensakademie.assessment;

/** Where a round stands, read from its dates: before its start, between start and end (both days included), after. */
public enum RoundStatus {
    PLANNED, RUNNING, ENDED
}
