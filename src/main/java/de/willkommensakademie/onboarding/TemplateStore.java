package de.willkommensakademie.onboarding;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.base.content.ContentAccess;
import de.willkommensakademie.base.content.ContentEntities;
import de.willkommensakademie.base.content.ContentMedia;
import de.willkommensakademie.base.content.ContentStore;
import de.willkommensakademie.base.content.ShippedItem;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The content kernel's store for checklist templates, which carry no files: the one place that creates
 * {@link OnboardingTemplateVersion}s. Shipped templates ({@code onboarding.yaml}) are published last; running
 * checklists keep the version they were made from.
 */
@Component
@Order(3)
class TemplateStore extends ContentStore<OnboardingTemplate, OnboardingTemplateVersion, ContentMedia,
        TemplateContent> {

    TemplateStore(OnboardingTemplateRepository templates, OnboardingTemplateVersionRepository versions,
            OnboardingCodec codec, ContentAccess access, Clock clock) {
        super(new ContentEntities<>(OnboardingTemplate::new, OnboardingTemplateVersion::new, null), templates,
                versions, null, codec, access, clock, "vorlage");
    }

    @Override
    protected List<ShippedItem<TemplateContent>> readShipped() {
        return ShippedItem.eachFile(TemplateFileReader.FILE, (location, bytes) -> {
            TemplateFileReader.Result result = TemplateFileReader.read(bytes);
            return new ShippedItem<>(location, result.template(), Map.of(), result.problems());
        });
    }
}
