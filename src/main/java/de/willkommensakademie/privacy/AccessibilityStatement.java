package de.willkommensakademie.privacy;

import java.time.Instant;
import java.time.LocalDate;

import de.willkommensakademie.base.AbstractEntity;
import de.willkommensakademie.privacy.AccessibilityStatementForm.Assessment;
import de.willkommensakademie.privacy.AccessibilityStatementForm.Conformity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An authority's accessibility statement (BITV 2.0 § 12b, EU 2016/2102 Art. 7): state of conformity, known
 * limitations per language ({@code null}: the default text), dates, how it was assessed, contact and enforcement
 * body ({@code null}: the default for the authority's federal state).
 */
@Entity
class AccessibilityStatement extends AbstractEntity {

    static final int LIMITATIONS = 20_000;
    static final int CONTACT = 1000;
    static final int ENFORCEMENT = 2000;

    private long authorityId;
    @Enumerated(EnumType.STRING)
    private Conformity conformity;
    private String limitationsDe;
    private String limitationsEn;
    private LocalDate statementDate;
    private LocalDate reviewedOn;
    @Enumerated(EnumType.STRING)
    private Assessment assessment;
    @Column(length = CONTACT)
    private String contact;
    @Column(length = ENFORCEMENT)
    private String enforcementBody;
    private Instant changedAt;

    protected AccessibilityStatement() {
    }

    AccessibilityStatement(long authorityId) {
        this.authorityId = authorityId;
    }

    void change(AccessibilityStatementForm form, Instant at) {
        conformity = form.conformity();
        limitationsDe = blankToNull(form.limitationsDe());
        limitationsEn = blankToNull(form.limitationsEn());
        statementDate = form.statementDate();
        reviewedOn = form.reviewedOn();
        assessment = form.assessment();
        contact = blankToNull(form.contact());
        enforcementBody = blankToNull(form.enforcementBody());
        changedAt = at;
    }

    AccessibilityStatementForm form() {
        return new AccessibilityStatementForm(conformity, limitationsDe, limitationsEn, statementDate, reviewedOn,
                assessment, contact, enforcementBody, getVersion());
    }

    Instant changedAt() {
        return changedAt;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
