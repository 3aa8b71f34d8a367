package de.willkommensakademie.onboarding;

import java.time.Instant;

import de.willkommensakademie.base.content.ContentVersion;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** One published version of a template; checklists remember the version they were made from. */
@Entity
@AttributeOverride(name = "contentId", column = @Column(name = "template_id"))
class OnboardingTemplateVersion extends ContentVersion {

    protected OnboardingTemplateVersion() {
    }

    OnboardingTemplateVersion(long templateId, int number, String content, Instant publishedAt) {
        super(templateId, number, content, publishedAt);
    }
}
