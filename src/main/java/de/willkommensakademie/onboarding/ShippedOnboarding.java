package de.willkommensakademie.onboarding;

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
        List<ShippedFile> files = ShippedFiles.named(TemplateFileReader.FILE);
        int published = 0;
        for (ShippedFile file : files) {
            TemplateFileReader.Result result = TemplateFileReader.read(file.bytes());
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException("Shipped template " + file.location() + " is invalid: "
                        + result.problems());
            }
            published += store.publishShipped(result.template()) ? 1 : 0;
        }
        log.info("Shipped onboarding templates: {} of {} new or changed", published, files.size());
    }
}
