package de.willkommensakademie.onboarding;

import java.time.Instant;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A checklist template for a job role with its draft; {@code authorityId} null is the shipped library. */
@Entity
class OnboardingTemplate extends AbstractEntity {

    @Column(name = "template_key", length = 80)
    // Not named key: Hibernate names its temporary tables' columns after attributes, and KEY is an SQL keyword.
    private String templateKey;
    private Long authorityId;
    private String jobRoleCode;
    private String titleDe;
    private String titleEn;
    private String draft;
    private int publishedVersion;
    private Instant updatedAt;

    protected OnboardingTemplate() {
    }

    OnboardingTemplate(Long authorityId, TemplateContent content, String json, Instant now) {
        this.templateKey = content.key();
        this.authorityId = authorityId;
        saveDraft(content, json, now);
    }

    void saveDraft(TemplateContent content, String json, Instant now) {
        this.jobRoleCode = content.jobRole();
        this.titleDe = content.title() == null ? null : content.title().get("de");
        this.titleEn = content.title() == null ? null : content.title().get("en");
        this.draft = json;
        this.updatedAt = now;
    }

    int publish(Instant now) {
        publishedVersion++;
        updatedAt = now;
        return publishedVersion;
    }

    String key() {
        return templateKey;
    }

    Long authorityId() {
        return authorityId;
    }

    String jobRoleCode() {
        return jobRoleCode;
    }

    String titleDe() {
        return titleDe;
    }

    String titleEn() {
        return titleEn;
    }

    String draft() {
        return draft;
    }

    int publishedVersion() {
        return publishedVersion;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
