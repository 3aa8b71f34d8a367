package de.willkommensakademie.scenario;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Upload limits for scenario images, ZIPs and Twee files, configurable per installation. */
@Component
class ScenarioLimits {

    final long imageBytes;
    final long archiveBytes;
    final long tweeBytes;

    ScenarioLimits(@Value("${app.scenario.max-image-bytes:2097152}") long imageBytes,
            @Value("${app.scenario.max-archive-bytes:20971520}") long archiveBytes,
            @Value("${app.scenario.max-twee-bytes:1048576}") long tweeBytes) {
        this.imageBytes = imageBytes;
        this.archiveBytes = archiveBytes;
        this.tweeBytes = tweeBytes;
    }
}
