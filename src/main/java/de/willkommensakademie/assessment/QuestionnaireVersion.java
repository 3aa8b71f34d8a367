package de.willkommensakademie.assessment;

import java.time.Instant;

import de.willkommensakademie.base.content.ContentVersion;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** One published version of a questionnaire; a round keeps the version it was started with. */
@Entity
@AttributeOverride(name = "contentId", column = @Column(name = "questionnaire_id"))
class QuestionnaireVersion extends ContentVersion {

    protected QuestionnaireVersion() {
    }

    QuestionnaireVersion(long questionnaireId, int number, String content, Instant publishedAt) {
        super(questionnaireId, number, content, publishedAt);
    }
}
