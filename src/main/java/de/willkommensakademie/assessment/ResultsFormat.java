package de.willkommensakademie.assessment;

import java.util.Locale;
import java.util.function.BiFunction;

import de.willkommensakademie.assessment.RoundChange.Delta;
import de.willkommensakademie.assessment.RoundChange.Direction;
import de.willkommensakademie.visibility.PeopleCount;
import de.willkommensakademie.visibility.VisibilityRules;

/**
 * The figures in words, the same on screen and in the PDF: means and spreads with one decimal in the reader's
 * notation, "fewer than 5" for a hidden figure, a change as arrow, number and word (never the arrow alone).
 */
public final class ResultsFormat {

    private final Locale locale;
    private final BiFunction<String, Object[], String> translate;

    public ResultsFormat(Locale locale, BiFunction<String, Object[], String> translate) {
        this.locale = locale;
        this.translate = translate;
    }

    public String tr(String key, Object... arguments) {
        return translate.apply(key, arguments);
    }

    public Locale locale() {
        return locale;
    }

    public String decimal(double value) {
        return String.format(locale, "%.1f", value);
    }

    /** The text of a hidden figure: "fewer than 5". */
    public String hidden() {
        return tr(PeopleCount.FEWER_THAN_MIN_KEY, VisibilityRules.MIN_GROUP);
    }

    /** "3,4 ± 0,8" (mean ± spread), or "fewer than 5". */
    public String summary(RatingSummary summary) {
        return summary.shown() ? decimal(summary.mean()) + " ± " + decimal(summary.spread()) : hidden();
    }

    /** The mean alone, or "fewer than 5". */
    public String mean(RatingSummary summary) {
        return summary.shown() ? decimal(summary.mean()) : hidden();
    }

    /** How many rated, or "fewer than 5". */
    public String count(RatingSummary summary) {
        return summary.shown() ? String.valueOf(summary.count()) : hidden();
    }

    public String arrow(Direction direction) {
        return switch (direction) {
            case UP -> "↑";
            case LEVEL -> "→";
            case DOWN -> "↓";
        };
    }

    /** The direction in words, the text alternative of the arrow. */
    public String direction(Direction direction) {
        return tr("assessment.results.change." + direction.name());
    }

    /** "↑ +0,3 (3,0 → 3,3, higher)", or "fewer than 5" where either round hides the figure. */
    public String delta(Delta delta) {
        if (delta == null) {
            return hidden();
        }
        String difference = (delta.difference() >= 0 ? "+" : "−") + decimal(Math.abs(delta.difference()));
        return arrow(delta.direction()) + " " + difference + " (" + decimal(delta.before()) + " → "
                + decimal(delta.now()) + ", " + direction(delta.direction()) + ")";
    }
}
