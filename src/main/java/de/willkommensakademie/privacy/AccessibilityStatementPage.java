package de.willkommensakademie.privacy;

import java.time.LocalDate;

import de.willkommensakademie.privacy.AccessibilityStatementForm.Assessment;
import de.willkommensakademie.privacy.AccessibilityStatementForm.Conformity;

/**
 * The statement as the public page shows it, in the reader's language: limitations as Markdown, contact and
 * enforcement body as plain text. Dates and assessment are {@code null} until an administrator saved the statement.
 */
public record AccessibilityStatementPage(PublicAuthority authority, Conformity conformity, String limitations,
        LocalDate statementDate, LocalDate reviewedOn, Assessment assessment, String contact,
        String enforcementBody) {
}
