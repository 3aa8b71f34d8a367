package de.willkommensakademie.team;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import de.willkommensakademie.learning.AssignedContent;
import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.ContentTitle;
import de.willkommensakademie.learning.TrainingState;
import de.willkommensakademie.learning.TrainingStatus;
import de.willkommensakademie.learning.TrainingStatuses;
import de.willkommensakademie.onboarding.ChecklistProgress;
import de.willkommensakademie.people.TeamMember;
import de.willkommensakademie.team.Matrix.Cell;
import de.willkommensakademie.team.Matrix.Column;
import de.willkommensakademie.team.Matrix.ColumnKind;
import de.willkommensakademie.team.Matrix.PersonRow;
import de.willkommensakademie.team.Matrix.TeamRow;
import de.willkommensakademie.visibility.VisibilityPreset;
import de.willkommensakademie.visibility.VisibilityRules;
import de.willkommensakademie.visibility.VisibilityRules.Record;
import de.willkommensakademie.visibility.VisibilityRules.Sight;
import de.willkommensakademie.visibility.VisibilityRules.Viewer;

/**
 * Builds the matrix from the people in scope and their statuses, in memory: the preset decides per cell whether it
 * is shown with the name, only counted, or left out, and every filter applies to what is shown. Pure, so the rules
 * are tested without a database.
 */
final class MatrixBuilder {

    private final Viewer viewer;
    private final VisibilityPreset preset;
    private final ProgressFilter filter;

    MatrixBuilder(Viewer viewer, VisibilityPreset preset, ProgressFilter filter) {
        this.viewer = viewer;
        this.preset = preset;
        this.filter = filter;
    }

    /** Whether rows are people under this preset; otherwise the matrix holds counts per team. */
    boolean namesShown() {
        return VisibilityRules.perPerson(viewer, Record.MANDATORY_TRAINING_STATUS, preset)
                || VisibilityRules.perPerson(viewer, Record.RECOMMENDED_TRAINING_STATUS, preset);
    }

    /** The overall and the mandatory totals of a matrix. */
    record Sums(Totals total, Totals mandatory) {
    }

    /**
     * The totals {@link #build} gives for these statuses (of the people in the matrix), without rows, cells or
     * columns: for figures that show only totals (the start page card, the authority summary), where building
     * thousands of cells only to add them up is most of the time. The same counting rule and suppression as
     * {@code build}; only for a filter that keeps every person and item (no status, name or item filter), for which
     * both agree.
     */
    Sums sums(Iterable<TrainingStatus> statuses) {
        if (filter.status() != StatusFilter.ALL || filter.name() != null || filter.item() != null) {
            throw new IllegalStateException("totals without the matrix need a filter that keeps everyone: " + filter);
        }
        Totals total = Totals.NONE;
        Totals mandatory = Totals.NONE;
        for (TrainingStatus status : statuses) {
            if (counted(status)) {
                total = total.plus(status.state());
                if (status.mandatory()) {
                    mandatory = mandatory.plus(status.state());
                }
            }
        }
        return namesShown() ? new Sums(total, mandatory) : new Sums(total.suppressed(), mandatory.suppressed());
    }

    Matrix build(List<TeamMember> members, TrainingStatuses.Assigned assigned,
            Map<Long, ChecklistProgress> onboarding) {
        boolean namesShown = namesShown();
        Sight onboardingSight = VisibilityRules.sight(viewer, Record.ONBOARDING_PROGRESS, preset);

        Map<Long, List<TrainingStatus>> byPerson = new HashMap<>();
        for (TrainingStatus status : assigned.statuses()) {
            if (counted(status)) {
                byPerson.computeIfAbsent(status.employeeId(), id -> new ArrayList<>()).add(status);
            }
        }
        List<Column> items = itemColumns(assigned, byPerson);
        List<Column> columns = filter.item() == null ? items
                : items.stream().filter(column -> filter.item().equals(column.content())).toList();
        boolean onboardingColumn = filter.item() == null && !filter.mandatoryOnly()
                && onboardingSight != Sight.NOTHING && !onboarding.isEmpty();

        List<TeamMember> shown = new ArrayList<>();
        for (TeamMember member : members) {
            // Who appears in the list may depend only on what is shown of them with their name.
            List<TrainingStatus> theirs = byPerson.getOrDefault(member.id(), List.of()).stream()
                    .filter(status -> !namesShown || sight(status) == Sight.PER_PERSON).toList();
            if (filter.item() != null && theirs.stream().noneMatch(status -> filter.item().equals(status.content()))) {
                continue;
            }
            if (namesShown && filter.name() != null && !nameMatches(member, filter.name())) {
                continue;
            }
            boolean checklistShown = onboardingColumn && (!namesShown || onboardingSight == Sight.PER_PERSON);
            if (!matchesStatus(theirs, checklistShown ? onboarding.get(member.id()) : null)) {
                continue;
            }
            shown.add(member);
        }

        int count = columns.size() + (onboardingColumn ? 1 : 0);
        List<Totals> columnTotals = new ArrayList<>(Collections.nCopies(count, Totals.NONE));
        Map<Long, Totals[]> teamTotals = new LinkedHashMap<>();
        Map<Long, String> teamNames = new LinkedHashMap<>();
        Map<Long, Integer> teamPeople = new HashMap<>();
        Totals total = Totals.NONE;
        Totals mandatory = Totals.NONE;
        List<PersonRow> rows = new ArrayList<>();
        Map<AssignedContent, Integer> index = new HashMap<>();
        for (int position = 0; position < columns.size(); position++) {
            index.put(columns.get(position).content(), position);
        }
        for (TeamMember member : shown) {
            Cell[] cells = new Cell[count];
            Totals own = Totals.NONE;
            long teamId = member.teamId() == null ? -1 : member.teamId();
            teamNames.putIfAbsent(teamId, member.teamName());
            teamPeople.merge(teamId, 1, Integer::sum);
            Totals[] perTeam = teamTotals.computeIfAbsent(teamId, id -> newTotals(count));
            for (TrainingStatus status : byPerson.getOrDefault(member.id(), List.of())) {
                Integer position = index.get(status.content());
                if (position == null) {
                    continue;
                }
                columnTotals.set(position, columnTotals.get(position).plus(status.state()));
                perTeam[position] = perTeam[position].plus(status.state());
                total = total.plus(status.state());
                if (status.mandatory()) {
                    mandatory = mandatory.plus(status.state());
                }
                if (sight(status) == Sight.PER_PERSON) {
                    cells[position] = new Cell(status.state(), status.since(), status.due(), status.mandatory(), 0, 0);
                    own = own.plus(status.state());
                }
            }
            ChecklistProgress checklist = onboardingColumn ? onboarding.get(member.id()) : null;
            if (checklist != null) {
                TrainingState state = onboardingState(checklist);
                int position = count - 1;
                columnTotals.set(position, columnTotals.get(position).plus(state));
                perTeam[position] = perTeam[position].plus(state);
                if (onboardingSight == Sight.PER_PERSON) {
                    cells[position] = new Cell(state, null, checklist.end(), false,
                            (int) checklist.finished(), (int) checklist.total());
                }
            }
            if (namesShown) {
                rows.add(new PersonRow(member.id(), member.sortName(), member.teamName(), member.jobRoleDe(),
                        member.jobRoleEn(), Arrays.asList(cells), own));
            }
        }

        List<Column> shownColumns = new ArrayList<>();
        for (int position = 0; position < count; position++) {
            boolean isOnboarding = onboardingColumn && position == count - 1;
            Column column = isOnboarding ? new Column(ColumnKind.ONBOARDING, null, null, null, false, null,
                    onboardingSight == Sight.PER_PERSON, Totals.NONE) : columns.get(position);
            Totals totals = columnTotals.get(position);
            shownColumns.add(new Column(column.kind(), column.content(), column.titleDe(), column.titleEn(),
                    column.mandatory(), column.due(), column.perPerson() && namesShown,
                    column.perPerson() && namesShown ? totals : totals.suppressed()));
        }
        List<TeamRow> teams = new ArrayList<>();
        if (!namesShown) {
            for (var entry : teamTotals.entrySet()) {
                List<Totals> cells = Arrays.stream(entry.getValue()).map(Totals::suppressed).toList();
                Totals sum = Arrays.stream(entry.getValue()).limit(columns.size())
                        .reduce(Totals.NONE, Totals::plus);
                teams.add(new TeamRow(entry.getKey(), teamNames.get(entry.getKey()),
                        teamPeople.get(entry.getKey()), cells, sum.suppressed()));
            }
            teams.sort(Comparator.comparing(TeamRow::team, Collator.getInstance(Locale.GERMAN)));
            total = total.suppressed();
            mandatory = mandatory.suppressed();
        }
        return new Matrix(preset, filter, namesShown, shownColumns, rows, teams, total, mandatory, items);
    }

    /** Module and role-play columns: modules first, each kind by mandatory first, then due date, then title. */
    private List<Column> itemColumns(TrainingStatuses.Assigned assigned, Map<Long, List<TrainingStatus>> byPerson) {
        Map<AssignedContent, Boolean> mandatory = new LinkedHashMap<>();
        Map<AssignedContent, LocalDate> due = new HashMap<>();
        Map<AssignedContent, Boolean> perPerson = new HashMap<>();
        for (List<TrainingStatus> statuses : byPerson.values()) {
            for (TrainingStatus status : statuses) {
                mandatory.merge(status.content(), status.mandatory(), Boolean::logicalOr);
                if (status.due() != null) {
                    due.merge(status.content(), status.due(), (a, b) -> a.isBefore(b) ? a : b);
                }
                perPerson.merge(status.content(), sight(status) == Sight.PER_PERSON, Boolean::logicalOr);
            }
        }
        Collator collator = Collator.getInstance(Locale.GERMAN);
        return mandatory.keySet().stream()
                .map(content -> {
                    ContentTitle title = assigned.titles().get(content);
                    return new Column(content.kind() == AssignedKind.MODULE ? ColumnKind.MODULE : ColumnKind.ROLE_PLAY,
                            content, title == null ? null : title.titleDe(), title == null ? null : title.titleEn(),
                            mandatory.get(content), due.get(content), perPerson.get(content), Totals.NONE);
                })
                .sorted(Comparator.comparing(Column::kind)
                        .thenComparing(column -> !column.mandatory())
                        .thenComparing(Column::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(column -> Objects.toString(column.titleDe(), ""), collator))
                .toList();
    }

    private boolean matchesStatus(List<TrainingStatus> theirs, ChecklistProgress checklist) {
        return switch (filter.status()) {
            case ALL -> true;
            case OVERDUE -> theirs.stream().anyMatch(status -> status.state().isLate())
                    || (checklist != null && checklist.overdue() > 0);
            case EXPIRING -> theirs.stream().anyMatch(status -> status.state() == TrainingState.EXPIRING);
            case NOT_DONE -> theirs.stream().anyMatch(status -> !status.state().isDone());
        };
    }

    private static boolean nameMatches(TeamMember member, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return member.fullName().toLowerCase(Locale.ROOT).contains(wanted)
                || member.sortName().toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** A status the matrix counts (in a column and the totals): one the preset shows at all, within the filter. */
    private boolean counted(TrainingStatus status) {
        return sight(status) != Sight.NOTHING && !(filter.mandatoryOnly() && !status.mandatory());
    }

    private Sight sight(TrainingStatus status) {
        return VisibilityRules.sight(viewer, VisibilityRules.assignmentStatus(status.mandatory()), preset);
    }

    /** A checklist read as a status: complete, with overdue items, begun, or not begun. */
    static TrainingState onboardingState(ChecklistProgress checklist) {
        if (checklist.complete()) {
            return TrainingState.DONE;
        }
        if (checklist.overdue() > 0) {
            return TrainingState.OVERDUE;
        }
        return checklist.finished() > 0 ? TrainingState.IN_PROGRESS : TrainingState.NOT_STARTED;
    }

    private static Totals[] newTotals(int count) {
        Totals[] totals = new Totals[count];
        Arrays.fill(totals, Totals.NONE);
        return totals;
    }
}
