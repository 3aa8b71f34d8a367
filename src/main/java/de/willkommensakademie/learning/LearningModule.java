package de.willkommensakademie.learning;

import java.time.Instant;

import de.willkommensakademie.base.content.AuthoredContent;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A learning module with its editable draft; the shared fields and transitions are the content kernel's
 * ({@link AuthoredContent}). Published versions live in {@link ModuleVersion}.
 */
@Entity
@AttributeOverride(name = "contentKey", column = @Column(name = "module_key", length = AuthoredContent.KEY_LENGTH))
class LearningModule extends AuthoredContent<ModuleContent> {

    @Enumerated(EnumType.STRING)
    private Cornerstone cornerstone;

    protected LearningModule() {
    }

    LearningModule(String key, Long authorityId, ModuleContent content, String json, Instant now) {
        super(key, authorityId);
        saveDraft(content, json, now);
    }

    @Override
    protected String messagePrefix() {
        return "module";
    }

    @Override
    protected void describe(ModuleContent content) {
        this.cornerstone = content.cornerstone() == null ? Cornerstone.COMPETENCES : content.cornerstone();
    }

    Cornerstone cornerstone() {
        return cornerstone;
    }
}
