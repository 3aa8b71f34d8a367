package de.willkommensakademie.people;

/** Field lengths shared by the schema, the entities, Bean Validation and the input fields' maximum length. */
public final class Limits {

    public static final int AUTHORITY_NAME = 200;
    public static final int AUTHORITY_SHORT_NAME = 40;
    public static final int TEAM_NAME = 100;
    public static final int JOB_ROLE_NAME = 100;
    public static final int JOB_ROLE_CODE = 40;
    public static final int PERSON_NAME = 100;
    public static final int EMAIL = 254;
    public static final int USERNAME_MIN = 3;
    public static final int USERNAME = 60;
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 72;
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]*";

    private Limits() {
    }
}
