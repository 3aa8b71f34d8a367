package de.willkommensakademie.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import de.willkommensakademie.learning.AssignedContent;
import de.willkommensakademie.learning.TrainingState;
import de.willkommensakademie.visibility.VisibilityPreset;

/**
 * The team progress matrix as the viewer may see it under their authority's preset: people (rows) × what is assigned
 * to them (columns), or, when the preset shows no names, teams × columns with counts only. Never scores, answers,
 * attempts or time spent: the records below cannot hold them.
 *
 * @param filter    the filter that was applied (parameters the viewer may not use are reset)
 * @param namesShown whether rows are people; otherwise {@link #teams} holds counts per team
 * @param items     every module and role-play column before the item filter, for the filter's choices
 */
public record Matrix(VisibilityPreset preset, ProgressFilter filter, boolean namesShown, List<Column> columns,
        List<PersonRow> people, List<TeamRow> teams, Totals total, Totals mandatory, List<Column> items) {

    /** What a column stands for. */
    public enum ColumnKind {
        MODULE, ROLE_PLAY, ONBOARDING
    }

    /**
     * One column: a module, a role-play or the onboarding checklist. {@code perPerson} is false where the preset
     * allows only counts (then cells stay empty and only {@link #totals} are filled).
     */
    public record Column(ColumnKind kind, AssignedContent content, String titleDe, String titleEn, boolean mandatory,
            LocalDate due, boolean perPerson, Totals totals) {

        public String title(Locale locale) {
            return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn
                    : titleDe != null ? titleDe : titleEn;
        }
    }

    /**
     * One person's status for one column. {@code since} goes with the state: completed on, overdue since, runs out
     * on. For the onboarding column {@code finished} of {@code total} items are done.
     */
    public record Cell(TrainingState state, LocalDate since, LocalDate due, boolean mandatory, int finished,
            int total) {
    }

    /** One person; {@code cells} line up with the columns, null where nothing is assigned. */
    public record PersonRow(long id, String name, String team, String jobRoleDe, String jobRoleEn, List<Cell> cells,
            Totals totals) {

        public String jobRole(Locale locale) {
            return "en".equals(locale.getLanguage()) && jobRoleEn != null && !jobRoleEn.isBlank() ? jobRoleEn
                    : jobRoleDe;
        }
    }

    /** One team's counts per column, when names are not shown. */
    public record TeamRow(long id, String team, int people, List<Totals> cells, Totals totals) {
    }

    public boolean isEmpty() {
        return namesShown ? people.isEmpty() : teams.isEmpty();
    }
}
