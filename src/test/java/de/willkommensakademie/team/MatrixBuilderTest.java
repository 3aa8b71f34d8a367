package de.willkommensakademie.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.learning.AssignedContent;
import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.ContentTitle;
import de.willkommensakademie.learning.TrainingState;
import de.willkommensakademie.learning.TrainingStatus;
import de.willkommensakademie.learning.TrainingStatuses;
import de.willkommensakademie.onboarding.ChecklistProgress;
import de.willkommensakademie.people.TeamMember;
import de.willkommensakademie.team.Matrix.ColumnKind;
import de.willkommensakademie.visibility.VisibilityPreset;
import de.willkommensakademie.visibility.VisibilityRules.Viewer;
import org.junit.jupiter.api.Test;

/** The matrix rules without a database: presets, filters, order of columns, totals and small-count suppression. */
class MatrixBuilderTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final AssignedContent DEESCALATION = new AssignedContent(AssignedKind.MODULE, 1);
    private static final AssignedContent PLAIN_LANGUAGE = new AssignedContent(AssignedKind.MODULE, 2);
    private static final AssignedContent COUNTER = new AssignedContent(AssignedKind.ROLE_PLAY, 3);

    private final List<TeamMember> members = new ArrayList<>();
    private final List<TrainingStatus> statuses = new ArrayList<>();

    @Test
    void status_per_person_shows_each_cell_with_name_columns_modules_first_mandatory_first() {
        team(7);
        Matrix matrix = build(VisibilityPreset.STATUS_PER_PERSON, ProgressFilter.none(), Map.of());

        assertThat(matrix.namesShown()).isTrue();
        assertThat(matrix.columns()).extracting(Matrix.Column::content)
                .containsExactly(DEESCALATION, PLAIN_LANGUAGE, COUNTER);
        assertThat(matrix.people()).hasSize(7);
        assertThat(matrix.people().getFirst().name()).isEqualTo("Person0, Anna");
        assertThat(matrix.people().getFirst().cells().getFirst().state()).isEqualTo(TrainingState.DONE);
        assertThat(matrix.people().get(1).cells().getFirst().state()).isEqualTo(TrainingState.OVERDUE);
        assertThat(matrix.people().get(1).cells().getFirst().since()).isEqualTo(DAY.minusDays(3));
        // "4 of 7 done, 3 overdue" for the mandatory module
        Totals first = matrix.columns().getFirst().totals();
        assertThat(first.assigned()).isEqualTo(7);
        assertThat(first.done()).isEqualTo(4);
        assertThat(first.overdue()).isEqualTo(3);
        assertThat(matrix.mandatory().donePercent()).isEqualTo(57);
    }

    @Test
    void mandatory_only_keeps_recommended_training_out_of_the_rows_and_only_counts_it() {
        team(7);
        Matrix matrix = build(VisibilityPreset.MANDATORY_ONLY, ProgressFilter.none(), Map.of());

        Matrix.Column recommended = matrix.columns().get(1);
        assertThat(recommended.content()).isEqualTo(PLAIN_LANGUAGE);
        assertThat(recommended.perPerson()).isFalse();
        assertThat(matrix.people()).allSatisfy(row -> assertThat(row.cells().get(1)).isNull());
        // 7 people have it, 2 of them done: "fewer than 5" hides the small count
        assertThat(recommended.totals().assigned()).isEqualTo(7);
        assertThat(Totals.isHidden(recommended.totals().done())).isTrue();
        assertThat(matrix.people().getFirst().cells().getFirst()).isNotNull();
    }

    @Test
    void totals_only_shows_no_names_and_hides_counts_below_five() {
        team(7);
        Matrix matrix = build(VisibilityPreset.TOTALS_ONLY, ProgressFilter.none().withName("Anna"), Map.of());

        assertThat(matrix.namesShown()).isFalse();
        assertThat(matrix.people()).isEmpty();
        assertThat(matrix.teams()).singleElement().satisfies(team -> {
            assertThat(team.team()).isEqualTo("Servicepunkt");
            assertThat(team.people()).isEqualTo(7);
            assertThat(team.cells().getFirst().assigned()).isEqualTo(7);
            assertThat(Totals.isHidden(team.cells().getFirst().overdue())).isTrue();
        });
        assertThat(matrix.columns()).allSatisfy(column -> assertThat(column.perPerson()).isFalse());
    }

    @Test
    void filters_for_overdue_one_item_mandatory_and_name() {
        team(7);
        assertThat(build(VisibilityPreset.STATUS_PER_PERSON, ProgressFilter.none().withStatus(StatusFilter.OVERDUE),
                Map.of()).people()).extracting(Matrix.PersonRow::name)
                .containsExactly("Person1, Anna", "Person3, Anna", "Person5, Anna");
        Matrix oneItem = build(VisibilityPreset.STATUS_PER_PERSON, ProgressFilter.none().withItem(COUNTER), Map.of());
        assertThat(oneItem.columns()).extracting(Matrix.Column::content).containsExactly(COUNTER);
        assertThat(oneItem.items()).hasSize(3);
        assertThat(build(VisibilityPreset.STATUS_PER_PERSON, ProgressFilter.none().withMandatoryOnly(true),
                Map.of()).columns()).extracting(Matrix.Column::content).containsExactly(DEESCALATION);
        assertThat(build(VisibilityPreset.STATUS_PER_PERSON, ProgressFilter.none().withName("person2"), Map.of())
                .people()).extracting(Matrix.PersonRow::name).containsExactly("Person2, Anna");
    }

    @Test
    void the_status_filter_under_mandatory_only_never_reveals_recommended_training() {
        members.add(member(0));
        // the only overdue item is recommended: under MANDATORY_ONLY the person must not be listed as overdue
        statuses.add(new TrainingStatus(0, PLAIN_LANGUAGE, false, DAY.minusDays(1), TrainingState.OVERDUE,
                DAY.minusDays(1)));
        statuses.add(new TrainingStatus(0, DEESCALATION, true, DAY.plusDays(9), TrainingState.NOT_STARTED, null));

        assertThat(build(VisibilityPreset.MANDATORY_ONLY, ProgressFilter.none().withStatus(StatusFilter.OVERDUE),
                Map.of()).people()).isEmpty();
        assertThat(build(VisibilityPreset.STATUS_PER_PERSON, ProgressFilter.none().withStatus(StatusFilter.OVERDUE),
                Map.of()).people()).hasSize(1);
    }

    @Test
    void the_onboarding_checklist_is_one_column_with_its_progress() {
        team(2);
        Matrix matrix = build(VisibilityPreset.STATUS_PER_PERSON, ProgressFilter.none(),
                Map.of(0L, new ChecklistProgress(0, 12, 30, 2, DAY.plusDays(60))));

        Matrix.Column last = matrix.columns().getLast();
        assertThat(last.kind()).isEqualTo(ColumnKind.ONBOARDING);
        Matrix.Cell cell = matrix.people().getFirst().cells().getLast();
        assertThat(cell.state()).isEqualTo(TrainingState.OVERDUE);
        assertThat(cell.finished()).isEqualTo(12);
        assertThat(cell.total()).isEqualTo(30);
        assertThat(matrix.people().get(1).cells().getLast()).isNull();
    }

    @Test
    void the_totals_without_the_matrix_are_the_matrix_totals_for_every_status_preset_and_viewer() {
        // every state, mandatory and recommended, in groups of one to six people (so suppression applies to some)
        int person = 0;
        for (TrainingState state : TrainingState.values()) {
            for (boolean mandatory : new boolean[] {true, false}) {
                int people = 1 + (state.ordinal() + (mandatory ? 0 : 3)) % 6;
                for (int index = 0; index < people; index++, person++) {
                    members.add(member(person));
                    statuses.add(new TrainingStatus(person, mandatory ? DEESCALATION : PLAIN_LANGUAGE, mandatory,
                            DAY, state, DAY));
                    statuses.add(new TrainingStatus(person, COUNTER, !mandatory, null, TrainingState.DONE, DAY));
                }
            }
        }
        for (VisibilityPreset preset : VisibilityPreset.values()) {
            for (Viewer viewer : List.of(Viewer.MANAGER, Viewer.ADMIN)) {
                for (ProgressFilter filter : List.of(ProgressFilter.none(),
                        ProgressFilter.none().withMandatoryOnly(true))) {
                    MatrixBuilder builder = new MatrixBuilder(viewer, preset, filter);
                    Matrix matrix = builder.build(members, new TrainingStatuses.Assigned(statuses, Map.of()),
                            Map.of());
                    MatrixBuilder.Sums sums = builder.sums(statuses);
                    assertThat(sums.total()).as("%s %s %s", preset, viewer, filter).isEqualTo(matrix.total());
                    assertThat(sums.mandatory()).as("%s %s %s", preset, viewer, filter)
                            .isEqualTo(matrix.mandatory());
                    assertThat(builder.namesShown()).isEqualTo(matrix.namesShown());
                }
            }
        }
        MatrixBuilder perPerson = new MatrixBuilder(Viewer.MANAGER, VisibilityPreset.STATUS_PER_PERSON,
                ProgressFilter.none());
        assertThat(perPerson.sums(statuses).total().assigned()).isEqualTo(statuses.size());
        assertThat(perPerson.sums(statuses).total().late()).isPositive();
    }

    @Test
    void totals_without_the_matrix_refuse_a_filter_that_leaves_people_out() {
        MatrixBuilder overdue = new MatrixBuilder(Viewer.MANAGER, VisibilityPreset.STATUS_PER_PERSON,
                ProgressFilter.none().withStatus(StatusFilter.OVERDUE));
        assertThatThrownBy(() -> overdue.sums(statuses)).isInstanceOf(IllegalStateException.class);
    }

    private Matrix build(VisibilityPreset preset, ProgressFilter filter, Map<Long, ChecklistProgress> onboarding) {
        var titles = Map.of(DEESCALATION, new ContentTitle("Deeskalation", "De-escalation", true),
                PLAIN_LANGUAGE, new ContentTitle("Leichte Sprache", "Plain language", true),
                COUNTER, new ContentTitle("Am Schalter", "At the counter", true));
        return new MatrixBuilder(Viewer.MANAGER, preset, filter).build(members,
                new TrainingStatuses.Assigned(statuses, titles), onboarding);
    }

    /** People 0..n-1: mandatory module done by even, overdue for odd; recommended done by 0 and 1; role-play open. */
    private void team(int size) {
        for (int index = 0; index < size; index++) {
            members.add(member(index));
            boolean even = index % 2 == 0;
            statuses.add(new TrainingStatus(index, DEESCALATION, true, DAY.minusDays(3),
                    even ? TrainingState.DONE : TrainingState.OVERDUE, even ? DAY.minusDays(10) : DAY.minusDays(3)));
            statuses.add(new TrainingStatus(index, PLAIN_LANGUAGE, false, null,
                    index < 2 ? TrainingState.DONE : TrainingState.NOT_STARTED, index < 2 ? DAY : null));
            statuses.add(new TrainingStatus(index, COUNTER, false, null, TrainingState.IN_PROGRESS, null));
        }
    }

    private static TeamMember member(int index) {
        return new TeamMember(index, 1, "Anna", "Person" + index, 10L, "Servicepunkt", 20L, "Sachbearbeitung",
                "Caseworker", DAY.minusYears(1));
    }
}
