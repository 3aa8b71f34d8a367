package de.willkommensakademie.learning;

import java.time.Clock;
import java.time.Instant;

import de.willkommensakademie.base.content.ContentStore;
import de.willkommensakademie.base.content.MediaFile;
import de.willkommensakademie.base.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The content kernel's store for modules: the one place that creates {@link ModuleVersion}s. */
@Component
class ModuleStore extends ContentStore<LearningModule, ModuleVersion, ModuleMedia, ModuleContent> {

    ModuleStore(LearningModuleRepository modules, ModuleVersionRepository versions, ModuleMediaRepository media,
            ModuleCodec codec, CurrentUser currentUser, Clock clock) {
        super(modules, versions, media, codec, currentUser, clock, "modul");
    }

    @Override
    protected LearningModule newContent(String key, Long authorityId, ModuleContent content, String json,
            Instant now) {
        return new LearningModule(key, authorityId, content, json, now);
    }

    @Override
    protected ModuleVersion newVersion(long contentId, int number, String json, Instant now) {
        return new ModuleVersion(contentId, number, json, now);
    }

    @Override
    protected ModuleMedia newMedia(long contentId, MediaFile file) {
        return new ModuleMedia(contentId, file);
    }
}
