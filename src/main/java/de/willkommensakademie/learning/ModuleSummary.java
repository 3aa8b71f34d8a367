package de.willkommensakademie.learning;

import java.time.Instant;
import java.util.Locale;

/** One module in the trainer's list. {@code editable}: it belongs to the trainer's authority. */
public record ModuleSummary(long id, long version, String key, String titleDe, String titleEn, Cornerstone cornerstone,
        ModuleStatus status, int publishedVersion, boolean editable, boolean shared, boolean library,
        Instant updatedAt) {

    public String title(Locale locale) {
        String english = "en".equals(locale.getLanguage()) ? titleEn : null;
        return english != null && !english.isBlank() ? english : titleDe != null ? titleDe : titleEn;
    }
}
