package de.willkommensakademie.assessment;

/** Where an action of the action plan stands; open and in progress still need the owner's attention. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, DROPPED;

    /** Still to be done: shown on the owner's start page. */
    public boolean pending() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
