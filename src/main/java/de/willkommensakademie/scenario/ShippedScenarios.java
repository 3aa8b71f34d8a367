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

/** Imports the counter scenarios shipped in {@code modules/} once, into an empty database, as published library. */
@Component
@Order(11)
class ShippedScenarios implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedScenarios.class);

    private final ScenarioRepository scenarios;
    private final ScenarioStore store;

    ShippedScenarios(ScenarioRepository scenarios, ScenarioStore store) {
        this.scenarios = scenarios;
        this.store = store;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (scenarios.count() > 0) {
            return;
        }
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:modules/*/" + ScenarioFileReader.FILE);
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    ScenarioFileReader.Result result = ScenarioFileReader.read(in.readAllBytes());
                    if (!result.problems().isEmpty()) {
                        throw new IllegalStateException("Shipped scenario " + file + " is invalid: " + result.problems());
                    }
                    store.importAndPublish(result.scenario(), result.images(), null);
                }
            }
            log.info("Imported {} shipped scenarios", files.length);
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot read the shipped scenarios", failed);
        }
    }
}
