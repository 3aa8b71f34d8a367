package de.willkommensakademie.scenario;

import java.time.Instant;
import java.util.Locale;

/** One scenario in the trainer's list. {@code editable}: it belongs to the trainer's authority. */
public record ScenarioListItem(long id, long version, String key, String titleDe, String titleEn,
        ScenarioStatus status, int publishedVersion, boolean editable, boolean shared, boolean library,
        Instant updatedAt) {

    public String title(Locale locale) {
        return new ScenarioSummary(id, key, titleDe, titleEn).title(locale);
    }
}
