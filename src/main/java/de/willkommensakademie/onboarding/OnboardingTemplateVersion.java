package de.willkommensakademie.onboarding;

import java.time.Instant;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Entity;

/** One published version of a template; checklists remember the version they were made from. */
@Entity
class OnboardingTemplateVersion extends AbstractEntity {

    private long templateId;
    private int number;
    private String content;
    private Instant publishedAt;

    protected OnboardingTemplateVersion() {
    }

    OnboardingTemplateVersion(long templateId, int number, String content, Instant publishedAt) {
        this.templateId = templateId;
        this.number = number;
        this.content = content;
        this.publishedAt = publishedAt;
    }

    long templateId() {
        return templateId;
    }

    int number() {
        return number;
    }

    String content() {
        return content;
    }
}
