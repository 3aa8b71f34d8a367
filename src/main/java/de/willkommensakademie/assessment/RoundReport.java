package de.willkommensakademie.assessment;

import java.time.LocalDate;

import de.willkommensakademie.base.Text;

/**
 * A round's results as the signed-in person may see them: the round, its questionnaire's title, the figures and the
 * change since the previous comparable round ({@code change} null when there is none to show). Screen, PDF and CSV
 * are all made from this one record, so a hidden figure is hidden in all three.
 */
public record RoundReport(long roundId, String title, LocalDate startsOn, LocalDate endsOn, boolean ended,
        Text questionnaireTitle, String defaultLanguage, RoundFigures figures, RoundChange change) {
}
