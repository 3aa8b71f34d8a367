package de.willkommensakademie.learning;

import java.time.Clock;
import java.util.List;

import de.willkommensakademie.base.content.ContentAccess;
import de.willkommensakademie.base.content.ContentEntities;
import de.willkommensakademie.base.content.ContentStore;
import de.willkommensakademie.base.content.ShippedItem;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The content kernel's store for modules: the one place that creates {@link ModuleVersion}s. Shipped modules are the
 * folders of {@code modules/} with a {@code module.yaml}, published first.
 */
@Component
@Order(1)
class ModuleStore extends ContentStore<LearningModule, ModuleVersion, ModuleMedia, ModuleContent> {

    private final MediaLimits limits;

    ModuleStore(LearningModuleRepository modules, ModuleVersionRepository versions, ModuleMediaRepository media,
            ModuleCodec codec, MediaLimits limits, ContentAccess access, Clock clock) {
        super(new ContentEntities<>(LearningModule::new, ModuleVersion::new, ModuleMedia::new), modules, versions,
                media, codec, access, clock, "modul");
        this.limits = limits;
    }

    @Override
    protected List<ShippedItem<ModuleContent>> readShipped() {
        return ShippedModules.readFolders().entrySet().stream().map(folder -> {
            ModuleArchiveReader.Result result = ModuleArchiveReader.read(folder.getValue(), limits);
            return new ShippedItem<>(folder.getKey(), result.content(), result.media(), result.problems());
        }).toList();
    }
}
