package de.willkommensakademie.onboarding;

import java.time.Clock;

import de.willkommensakademie.base.ContentJson;
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

    /**
     * A shipped template at start-up: a new key is created, a changed file becomes the next version (running
     * checklists keep theirs), an unchanged one is left alone. Returns whether a version was published.
     */
    boolean publishShipped(TemplateContent content) {
        String json = codec.write(content);
        OnboardingTemplate template = templates.findByKeyAndAuthorityIdIsNull(content.key()).orElse(null);
        if (template != null && versions.findByTemplateIdAndNumber(template.getId(), template.publishedVersion())
                .map(version -> ContentJson.same(version.content(), json)).orElse(false)) {
            return false;
        }
        publish(template == null ? create(null, content) : template, content);
        return true;
    }

    /** Publishes the content as the next version; the caller has checked {@link TemplateRules}. */
    OnboardingTemplateVersion publish(OnboardingTemplate template, TemplateContent content) {
        template.saveDraft(content, codec.write(content), clock.instant());
        int number = template.publish(clock.instant());
        return versions.save(new OnboardingTemplateVersion(template.getId(), number, codec.write(content),
                clock.instant()));
    }
}
