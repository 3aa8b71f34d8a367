package de.willkommensakademie.onboarding;

import java.time.Clock;
import java.time.Instant;

import de.willkommensakademie.base.content.ContentMedia;
import de.willkommensakademie.base.content.ContentStore;
import de.willkommensakademie.base.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The content kernel's store for checklist templates (which carry no files): the one place that creates
 * {@link OnboardingTemplateVersion}s.
 */
@Component
class TemplateStore extends ContentStore<OnboardingTemplate, OnboardingTemplateVersion, ContentMedia,
        TemplateContent> {

    TemplateStore(OnboardingTemplateRepository templates, OnboardingTemplateVersionRepository versions,
            OnboardingCodec codec, CurrentUser currentUser, Clock clock) {
        super(templates, versions, null, codec, currentUser, clock, "vorlage");
    }

    @Override
    protected OnboardingTemplate newContent(String key, Long authorityId, TemplateContent content, String json,
            Instant now) {
        return new OnboardingTemplate(key, authorityId, content, json, now);
    }

    @Override
    protected OnboardingTemplateVersion newVersion(long contentId, int number, String json, Instant now) {
        return new OnboardingTemplateVersion(contentId, number, json, now);
    }
}
