package de.willkommensakademie.scenario;

import java.time.Clock;
import java.util.List;

import de.willkommensakademie.base.content.ContentAccess;
import de.willkommensakademie.base.content.ContentEntities;
import de.willkommensakademie.base.content.ContentStore;
import de.willkommensakademie.base.content.ShippedItem;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The content kernel's store for role-plays: the one place that creates {@link ScenarioVersion}s. Shipped role-plays
 * are the {@code scenario.yaml} files in {@code modules/}, published after the modules.
 */
@Component
@Order(2)
class ScenarioStore extends ContentStore<Scenario, ScenarioVersion, ScenarioMedia, ScenarioContent> {

    ScenarioStore(ScenarioRepository scenarios, ScenarioVersionRepository versions, ScenarioMediaRepository media,
            ScenarioCodec codec, ContentAccess access, Clock clock) {
        super(new ContentEntities<>(Scenario::new, ScenarioVersion::new, ScenarioMedia::new), scenarios, versions,
                media, codec, access, clock, "rollenspiel");
    }

    @Override
    protected List<ShippedItem<ScenarioContent>> readShipped() {
        return ShippedItem.eachFile(ScenarioFileReader.FILE, (location, bytes) -> {
            ScenarioFileReader.Result result = ScenarioFileReader.read(bytes);
            return new ShippedItem<>(location, result.scenario(), result.images(), result.problems());
        });
    }
}
