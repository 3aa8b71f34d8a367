package de.willkommensakademie.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** One module on a person's "My learning" page. */
public record LearningItem(long moduleId, String titleDe, String titleEn, Group group, boolean mandatory,
        LocalDate dueDate, int lessonsDone, int lessonCount, Instant completedAt, Instant expiresAt) {

    /** Where the item is listed. */
    public enum Group {
        OVERDUE, DUE, IN_PROGRESS, DONE
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn
                : titleDe != null ? titleDe : titleEn;
    }

    public double progress() {
        return lessonCount == 0 ? 0 : (double) lessonsDone / lessonCount;
    }
}
