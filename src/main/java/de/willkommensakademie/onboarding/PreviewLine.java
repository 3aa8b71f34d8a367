package de.willkommensakademie.onboarding;

import java.time.LocalDate;

/** One item of a template as it would land on a checklist starting on a given date. */
public record PreviewLine(String phase, String title, Responsible who, int offsetDays, LocalDate due,
        boolean signOff) {
}
