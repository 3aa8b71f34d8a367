package de.willkommensakademie.onboarding;

import java.time.Clock;

import org.springframework.stereotype.Component;

/** Writes templates and publishes versions; the one place that creates {@link OnboardingTemplateVersion}s. */
@Component
class TemplateStore {

    private final OnboardingTemplateRepository templates;
    private final OnboardingTemplateVersionRepository versions;
    private final OnboardingCodec codec;
    private final Clock clock;

    TemplateStore(OnboardingTemplateRepository templates, OnboardingTemplateVersionRepository versions,
            OnboardingCodec codec, Clock clock) {
        this.templates = templates;
        this.versions = versions;
        this.codec = codec;
        this.clock = clock;
    }

    OnboardingTemplate create(Long authorityId, TemplateContent content) {
        return templates.save(new OnboardingTemplate(authorityId, content, codec.write(content), clock.instant()));
    }

    /** Publishes the content as the next version; the caller has checked {@link TemplateRules}. */
    OnboardingTemplateVersion publish(OnboardingTemplate template, TemplateContent content) {
        template.saveDraft(content, codec.write(content), clock.instant());
        int number = template.publish(clock.instant());
        return versions.save(new OnboardingTemplateVersion(template.getId(), number, codec.write(content),
                clock.instant()));
    }
}
