package de.willkommensakademie.onboarding;

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
 * Publishes the checklist templates shipped in {@code modules/} at every start: new ones are created, changed files
 * become a new version (running checklists keep theirs), unchanged ones stay as they are.
 */
@Component
@Order(12)
class ShippedOnboarding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedOnboarding.class);

    private final TemplateStore store;

    ShippedOnboarding(TemplateStore store) {
        this.store = store;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:modules/*/" + TemplateFileReader.FILE);
            int published = 0;
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    TemplateFileReader.Result result = TemplateFileReader.read(in.readAllBytes());
                    if (!result.problems().isEmpty()) {
                        throw new IllegalStateException("Shipped template " + file + " is invalid: "
                                + result.problems());
                    }
                    published += store.publishShipped(result.template()) ? 1 : 0;
                }
            }
            log.info("Shipped onboarding templates: {} of {} new or changed", published, files.length);
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot read the shipped onboarding templates", failed);
        }
    }
}
