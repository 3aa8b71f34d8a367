package de.willkommensakademie.assessment;

import java.util.Locale;

/** A learning module or role-play a statement can name: its key and titles. */
public record LinkChoice(String key, String titleDe, String titleEn) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn
                : titleDe != null ? titleDe : key;
    }
}
