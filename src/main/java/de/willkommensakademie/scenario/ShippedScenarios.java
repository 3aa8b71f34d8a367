package de.willkommensakademie.scenario;

import java.util.List;

import de.willkommensakademie.base.ShippedFiles;
import de.willkommensakademie.base.ShippedFiles.ShippedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the counter scenarios shipped in {@code modules/} as the shipped library at every start: new ones are
 * imported, changed files (a corrected text in a new release) become a new version, unchanged ones stay as they are.
 */
@Component
@Order(11)
class ShippedScenarios implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedScenarios.class);

    private final ScenarioStore store;

    ShippedScenarios(ScenarioStore store) {
        this.store = store;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<ShippedFile> files = ShippedFiles.named(ScenarioFileReader.FILE);
        int published = 0;
        for (ShippedFile file : files) {
            ScenarioFileReader.Result result = ScenarioFileReader.read(file.bytes());
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException("Shipped scenario " + file.location() + " is invalid: "
                        + result.problems());
            }
            published += store.publishShipped(result.scenario(), result.images()) ? 1 : 0;
        }
        log.info("Shipped scenarios: {} of {} new or changed", published, files.size());
    }
}
