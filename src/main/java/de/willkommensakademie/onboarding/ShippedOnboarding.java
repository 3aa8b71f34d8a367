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

/** Imports the checklist templates shipped in {@code modules/} once, into an empty database, as published library. */
@Component
@Order(12)
class ShippedOnboarding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedOnboarding.class);

    private final OnboardingTemplateRepository templates;
    private final TemplateStore store;

    ShippedOnboarding(OnboardingTemplateRepository templates, TemplateStore store) {
        this.templates = templates;
        this.store = store;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (templates.count() > 0) {
            return;
        }
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:modules/*/" + TemplateFileReader.FILE);
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    TemplateFileReader.Result result = TemplateFileReader.read(in.readAllBytes());
                    if (!result.problems().isEmpty()) {
                        throw new IllegalStateException("Shipped template " + file + " is invalid: "
                                + result.problems());
                    }
                    store.publish(store.create(null, result.template()), result.template());
                }
            }
            log.info("Imported {} shipped onboarding templates", files.length);
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot read the shipped onboarding templates", failed);
        }
    }
}
