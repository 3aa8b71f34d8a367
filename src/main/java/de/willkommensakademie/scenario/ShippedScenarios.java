package de.willkommensakademie.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:modules/*/" + ScenarioFileReader.FILE);
            int published = 0;
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    ScenarioFileReader.Result result = ScenarioFileReader.read(in.readAllBytes());
                    if (!result.problems().isEmpty()) {
                        throw new IllegalStateException("Shipped scenario " + file + " is invalid: " + result.problems());
                    }
                    published += store.publishShipped(result.scenario(), result.images()) ? 1 : 0;
                }
            }
            log.info("Shipped scenarios: {} of {} new or changed", published, files.length);
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot read the shipped scenarios", failed);
        }
    }
}
