package de.willkommensakademie.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One module or role-play on a person's "My learning" page. Role-plays have no lessons; {@code openable} is false for
 * a role-play that can neither be resumed nor started again (no longer published).
 */
public record LearningItem(AssignedKind kind, long contentId, String titleDe, String titleEn, Group group,
        boolean mandatory, LocalDate dueDate, int lessonsDone, int lessonCount, Instant startedAt,
        Instant completedAt, Instant expiresAt, boolean openable) {

    /** Where the item is listed. */
    public enum Group {
        OVERDUE, DUE, IN_PROGRESS, DONE
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn
                : titleDe != null ? titleDe : titleEn;
    }

    public boolean isRolePlay() {
        return kind == AssignedKind.ROLE_PLAY;
    }

    /** Started and not yet done: {@code startedAt} is only set then. */
    public boolean isStarted() {
        return startedAt != null;
    }

    public double progress() {
        return lessonCount == 0 ? 0 : (double) lessonsDone / lessonCount;
    }
}
