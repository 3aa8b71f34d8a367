package de.willkommensakademie.onboarding;

import java.util.Locale;

/** A template in the editor's list; {@code own}: the authority's, editable; otherwise shipped (adapt to change). */
public record TemplateSummary(long id, long version, String key, String jobRoleCode, String titleDe, String titleEn,
        int publishedVersion, boolean own) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : titleDe;
    }
}
