package de.willkommensakademie.learning;

import java.time.Clock;
import java.util.Map;

import de.willkommensakademie.base.ContentJson;
import de.willkommensakademie.base.UserFacingException;
import org.springframework.stereotype.Component;

/** Writes module content and publishes versions; the one place that creates {@link ModuleVersion}s. */
@Component
class ModuleStore {

    private final LearningModuleRepository modules;
    private final ModuleVersionRepository versions;
    private final ModuleMediaRepository media;
    private final ModuleCodec codec;
    private final Clock clock;

    ModuleStore(LearningModuleRepository modules, ModuleVersionRepository versions, ModuleMediaRepository media,
            ModuleCodec codec, Clock clock) {
        this.modules = modules;
        this.versions = versions;
        this.media = media;
        this.codec = codec;
        this.clock = clock;
    }

    /**
     * Stores imported content in a scope (an authority, or null for the shipped library) and publishes it: a module
     * with the same key gets a new version, never a second module.
     */
    LearningModule importAndPublish(ModuleContent content, Map<String, ModuleArchiveReader.Media> newMedia,
            Long authorityId) {
        LearningModule module = (authorityId == null ? modules.findByKeyAndAuthorityIdIsNull(content.key())
                : modules.findByKeyAndAuthorityId(content.key(), authorityId))
                .orElseGet(() -> modules.save(new LearningModule(content.key(), authorityId, content,
                        codec.write(content), clock.instant())));
        if (module.status() == ModuleStatus.ARCHIVED) {
            throw new UserFacingException("module.error.archived", content.key());
        }
        storeMedia(module.getId(), newMedia);
        module.saveDraft(content, codec.write(content), clock.instant());
        publish(module, content);
        return module;
    }

    /**
     * A shipped module at start-up: a new key is imported, a changed folder becomes the next version (learners keep the
     * version they started), an unchanged one is left alone. Returns whether a version was published.
     */
    boolean publishShipped(ModuleContent content, Map<String, ModuleArchiveReader.Media> newMedia) {
        String json = codec.write(content);
        boolean unchanged = modules.findByKeyAndAuthorityIdIsNull(content.key())
                .flatMap(module -> versions.findByModuleIdAndNumber(module.getId(), module.publishedVersion()))
                .map(version -> ContentJson.same(version.content(), json)).orElse(false);
        if (unchanged) {
            return false;
        }
        importAndPublish(content, newMedia, null);
        return true;
    }

    void storeMedia(long moduleId, Map<String, ModuleArchiveReader.Media> newMedia) {
        newMedia.values().forEach(image -> {
            if (!media.existsByModuleIdAndMediaId(moduleId, image.id())) {
                media.save(new ModuleMedia(moduleId, image.id(), image.contentType(), image.data()));
            }
        });
    }

    /** Publishes the content as the module's next version; the caller has checked {@link ModuleRules}. */
    ModuleVersion publish(LearningModule module, ModuleContent content) {
        int number = module.publish(clock.instant());
        return versions.save(new ModuleVersion(module.getId(), number, codec.write(content), clock.instant()));
    }
}
