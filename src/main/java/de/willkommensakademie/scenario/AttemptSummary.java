package de.willkommensakademie.scenario;

import java.time.Instant;
import java.util.Locale;

/** One of the person's own attempts, for reviewing it later. {@code outcome} is null while it is not finished. */
public record AttemptSummary(long attemptId, String titleDe, String titleEn, Instant startedAt,
        ScenarioContent.Outcome outcome) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : titleDe;
    }
}
