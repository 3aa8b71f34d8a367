package de.willkommensakademie.onboarding;

import java.time.Instant;

import de.willkommensakademie.base.content.AuthoredContent;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * A checklist template for a job role with its draft; the shared fields and transitions are the content kernel's
 * ({@link AuthoredContent}). An authority adapts a shipped template into its own copy, which then replaces it.
 */
@Entity
@AttributeOverride(name = "contentKey", column = @Column(name = "template_key", length = AuthoredContent.KEY_LENGTH))
class OnboardingTemplate extends AuthoredContent<TemplateContent> {

    private String jobRoleCode;

    protected OnboardingTemplate() {
    }

    OnboardingTemplate(String key, Long authorityId, TemplateContent content, String json, Instant now) {
        super(key, authorityId);
        saveDraft(content, json, now);
    }

    @Override
    protected String messagePrefix() {
        return "onboarding";
    }

    /** Shipped templates are adapted, not duplicated; the message says so. */
    @Override
    protected String notOwnMessageKey() {
        return "onboarding.error.shipped";
    }

    @Override
    protected void describe(TemplateContent content) {
        this.jobRoleCode = content.jobRole();
    }

    String jobRoleCode() {
        return jobRoleCode;
    }
}
