package de.willkommensakademie.team;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import de.willkommensakademie.learning.TrainingState;
import de.willkommensakademie.team.Matrix.Cell;
import de.willkommensakademie.team.Matrix.Column;
import de.willkommensakademie.team.Matrix.ColumnKind;
import de.willkommensakademie.visibility.PeopleCount;
import de.willkommensakademie.visibility.VisibilityRules;

/**
 * The words of the team progress matrix, one place for the screen, the person's page and the exports, so a file
 * says exactly what the screen showed: a status in words with its date, totals with small counts hidden.
 */
public final class ProgressTexts {

    /** Translates a key with arguments in the reader's language (a view's getTranslation or the i18n provider). */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... arguments);
    }

    private final Translator translator;
    private final DateTimeFormatter dates;

    public ProgressTexts(Locale locale, Translator translator) {
        this.translator = translator;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** A cell in words ("überfällig seit 3. Nov. 2026", "12 von 30 · in Bearbeitung"); empty when not assigned. */
    public String cell(Column column, Cell cell) {
        if (cell == null) {
            return "";
        }
        if (column.kind() == ColumnKind.ONBOARDING) {
            // A checklist's date is its expected end, not the day something became overdue: words without a date.
            return translator.translate("progress.onboarding.cell", cell.finished(), cell.total(),
                    translator.translate("progress.state." + cell.state().name()));
        }
        return state(cell.state(), cell.since());
    }

    /** A status in words with the date that goes with it. */
    public String state(TrainingState state, LocalDate since) {
        String key = "progress.state." + state.name();
        boolean dated = since != null && state != TrainingState.NOT_STARTED && state != TrainingState.IN_PROGRESS;
        return dated ? translator.translate(key + ".since", date(since)) : translator.translate(key);
    }

    /** "14 von 17 erledigt, 2 überfällig"; hidden counts read "weniger als 5". */
    public String totals(Totals totals) {
        if (totals.assigned() == 0) {
            return translator.translate("progress.totals.none");
        }
        int late = totals.late();
        String done = translator.translate("progress.totals.done", count(totals.done()), count(totals.assigned()));
        return late == 0 ? done : translator.translate("progress.totals.late", done, count(late));
    }

    /** A number of people, or "weniger als 5" when it is hidden. */
    public String count(int count) {
        return Totals.isHidden(count) || count < 0 ? translator.translate(PeopleCount.FEWER_THAN_MIN_KEY,
                VisibilityRules.MIN_GROUP) : Integer.toString(count);
    }

    /** A team's head count under "totals only": hidden below five like every other count. */
    public String people(int people) {
        return count(VisibilityRules.suppressed(people) ? Totals.FEWER_THAN_MIN : people);
    }

    /** The column's title in the reader's language; the onboarding column has a fixed name. */
    public String title(Column column, Locale locale) {
        return column.kind() == ColumnKind.ONBOARDING ? translator.translate("progress.column.onboarding")
                : column.title(locale);
    }

    /** "Pflicht" or "Empfohlen" (the onboarding column is neither). */
    public String kind(Column column) {
        if (column.kind() == ColumnKind.ONBOARDING) {
            return translator.translate("progress.column.checklist");
        }
        String assignment = translator.translate(column.mandatory() ? "progress.mandatory" : "progress.recommended");
        return column.kind() == ColumnKind.ROLE_PLAY
                ? translator.translate("progress.column.role-play", assignment) : assignment;
    }

    /** The compliance rate for mandatory assignments, or a sentence saying why there is none. */
    public String compliance(Totals mandatory) {
        Integer percent = mandatory.donePercent();
        if (percent == null) {
            return translator.translate(mandatory.assigned() == 0 ? "progress.compliance.none"
                    : "progress.compliance.hidden");
        }
        return translator.translate("progress.compliance", percent, totals(mandatory));
    }

    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }
}
