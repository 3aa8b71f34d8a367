package de.willkommensakademie.assessment;

import java.time.Instant;

import de.willkommensakademie.base.content.AuthoredContent;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * A self-assessment questionnaire with its draft; the shared fields and transitions are the content kernel's
 * ({@link AuthoredContent}). An authority adapts the shipped questionnaire into its own copy under the same key, so
 * rounds on either stay comparable.
 */
@Entity
@AttributeOverride(name = "contentKey",
        column = @Column(name = "questionnaire_key", length = AuthoredContent.KEY_LENGTH))
class Questionnaire extends AuthoredContent<QuestionnaireContent> {

    protected Questionnaire() {
    }

    Questionnaire(String key, Long authorityId, QuestionnaireContent content, String json, Instant now) {
        super(key, authorityId);
        saveDraft(content, json, now);
    }

    @Override
    protected String messagePrefix() {
        return "assessment.content";
    }

    /** The shipped questionnaire is adapted, not changed; the message says so. */
    @Override
    protected String notOwnMessageKey() {
        return "assessment.content.error.shipped";
    }
}
