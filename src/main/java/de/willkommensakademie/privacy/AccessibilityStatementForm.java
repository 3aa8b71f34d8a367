package de.willkommensakademie.privacy;

import java.time.LocalDate;

/**
 * What an administrator edits on the accessibility statement. Empty limitations, contact or enforcement body mean
 * the default text; {@code version} is the one the editor loaded (−1 while nothing is saved yet).
 */
public record AccessibilityStatementForm(Conformity conformity, String limitationsDe, String limitationsEn,
        LocalDate statementDate, LocalDate reviewedOn, Assessment assessment, String contact,
        String enforcementBody, long version) {

    public static final int LIMITATIONS_LENGTH = AccessibilityStatement.LIMITATIONS;
    public static final int CONTACT_LENGTH = AccessibilityStatement.CONTACT;
    public static final int ENFORCEMENT_LENGTH = AccessibilityStatement.ENFORCEMENT;

    /** How far the application meets BITV 2.0 (the three states the EU model statement names). */
    public enum Conformity {
        FULL, PARTIAL, NONE
    }

    /** How the statement was arrived at (EU model statement: self-assessment or assessment by a third party). */
    public enum Assessment {
        SELF_ASSESSMENT, EXTERNAL_TEST
    }
}
