package de.willkommensakademie.base.content;

import java.time.Instant;
import java.util.Locale;

/**
 * One entry in a content library list. {@code editable}: it belongs to the caller's authority; {@code library}: it is
 * shipped.
 */
public record ContentSummary(long id, long version, String key, String titleDe, String titleEn, ContentStatus status,
        int publishedVersion, boolean editable, boolean shared, boolean library, Instant updatedAt) {

    /** The title in the reader's language, else the other one. */
    public String title(Locale locale) {
        String english = "en".equals(locale.getLanguage()) ? titleEn : null;
        return english != null && !english.isBlank() ? english : titleDe != null ? titleDe : titleEn;
    }

    /** Can still be edited, published, archived or shared by the caller. */
    public boolean changeable() {
        return editable && status != ContentStatus.ARCHIVED;
    }
}
