package de.willkommensakademie.scenario;

import java.util.List;

import de.willkommensakademie.base.ShippedFiles;
import de.willkommensakademie.base.content.ShippedContent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The counter scenarios shipped in {@code modules/} as {@code scenario.yaml}, published at every start. */
@Component
@Order(11)
class ShippedScenarios extends ShippedContent<ScenarioContent> {

    ShippedScenarios(ScenarioStore store) {
        super(store, "scenarios");
    }

    @Override
    protected List<Read<ScenarioContent>> read() {
        return ShippedFiles.named(ScenarioFileReader.FILE).stream().map(file -> {
            ScenarioFileReader.Result result = ScenarioFileReader.read(file.bytes());
            return new Read<>(file.location(), result.scenario(), result.images(), result.problems());
        }).toList();
    }
}
