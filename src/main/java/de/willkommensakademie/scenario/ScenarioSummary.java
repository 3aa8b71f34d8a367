package de.willkommensakademie.scenario;

import java.util.Locale;

/** A scenario a person can play. */
public record ScenarioSummary(long id, String key, String titleDe, String titleEn) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : titleDe;
    }
}
