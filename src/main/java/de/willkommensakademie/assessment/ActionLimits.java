package de.willkommensakademie.assessment;

/** Field lengths of an action, shared by the schema (V31), the entity and the input fields' maximum length. */
public final class ActionLimits {

    public static final int TITLE = 200;
    public static final int NOTE = 2000;
    /** A due date lies at most this many days ahead (the assignments an action makes share it). */
    public static final int MAX_DUE_DAYS = 730;

    private ActionLimits() {
    }
}
