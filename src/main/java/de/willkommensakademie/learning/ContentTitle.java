package de.willkommensakademie.learning;

import java.util.Locale;

/** An assignable item's titles and whether it can be started now (published). */
public record ContentTitle(String titleDe, String titleEn, boolean published) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn
                : titleDe != null ? titleDe : titleEn;
    }
}
