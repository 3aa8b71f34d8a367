package de.willkommensakademie.visibility;

import static de.willkommensakademie.visibility.VisibilityRules.Record.CERTIFICATES;
import static de.willkommensakademie.visibility.VisibilityRules.Record.MANDATORY_TRAINING_STATUS;
import static de.willkommensakademie.visibility.VisibilityRules.Record.ONBOARDING_PROGRESS;
import static de.willkommensakademie.visibility.VisibilityRules.Record.RECOMMENDED_TRAINING_STATUS;
import static de.willkommensakademie.visibility.VisibilityRules.Record.VERIFIED_LANGUAGE_LEVELS;
import static de.willkommensakademie.visibility.VisibilityRules.Sight.COUNTS_ONLY;
import static de.willkommensakademie.visibility.VisibilityRules.Sight.NOTHING;
import static de.willkommensakademie.visibility.VisibilityRules.Sight.PER_PERSON;
import static de.willkommensakademie.visibility.VisibilityRules.sight;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import de.willkommensakademie.visibility.VisibilityRules.Record;
import de.willkommensakademie.visibility.VisibilityRules.Viewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The privacy promises of the staff-council presets, as they would be read out to a staff council. */
class VisibilityRulesTest {

    private static final List<Record> HOW_SOMEONE_LEARNED = List.of(Record.SCORES, Record.QUIZ_ANSWERS,
            Record.ATTEMPTS, Record.TIME_SPENT, Record.LOGIN_TIMES, Record.ROLE_PLAY_CHOICES_AND_TRANSCRIPTS,
            Record.REFLECTIONS);

    @ParameterizedTest
    @EnumSource(VisibilityPreset.class)
    void a_person_sees_everything_of_their_own_in_every_preset(VisibilityPreset preset) {
        for (Record record : Record.values()) {
            assertThat(sight(Viewer.SELF, record, preset)).as(record.name()).isEqualTo(PER_PERSON);
        }
    }

    @ParameterizedTest
    @EnumSource(VisibilityPreset.class)
    void managers_and_admins_never_see_how_someone_learned_not_even_as_counts(VisibilityPreset preset) {
        for (Viewer viewer : List.of(Viewer.MANAGER, Viewer.ADMIN)) {
            for (Record record : HOW_SOMEONE_LEARNED) {
                assertThat(sight(viewer, record, preset)).as(viewer + " " + record).isEqualTo(NOTHING);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(VisibilityPreset.class)
    void nobody_but_the_person_sees_anything_of_another_person_by_name_beyond_the_status_records(
            VisibilityPreset preset) {
        EnumSet<Record> beyondStatus = EnumSet.complementOf(EnumSet.of(MANDATORY_TRAINING_STATUS,
                RECOMMENDED_TRAINING_STATUS, ONBOARDING_PROGRESS, CERTIFICATES, VERIFIED_LANGUAGE_LEVELS));
        for (Viewer viewer : List.of(Viewer.MANAGER, Viewer.ADMIN, Viewer.TRAINER)) {
            for (Record record : beyondStatus) {
                assertThat(sight(viewer, record, preset)).as(viewer + " " + record).isNotEqualTo(PER_PERSON);
            }
        }
    }

    @Test
    void under_totals_only_managers_and_admins_see_no_person_at_all() {
        for (Viewer viewer : List.of(Viewer.MANAGER, Viewer.ADMIN)) {
            for (Record record : Record.values()) {
                assertThat(sight(viewer, record, VisibilityPreset.TOTALS_ONLY)).as(viewer + " " + record)
                        .isIn(COUNTS_ONLY, NOTHING);
            }
        }
    }

    @Test
    void status_per_person_shows_the_status_of_everything_assigned_and_the_qualifications() {
        for (Viewer viewer : List.of(Viewer.MANAGER, Viewer.ADMIN)) {
            for (Record record : List.of(MANDATORY_TRAINING_STATUS, RECOMMENDED_TRAINING_STATUS,
                    ONBOARDING_PROGRESS, CERTIFICATES, VERIFIED_LANGUAGE_LEVELS)) {
                assertThat(sight(viewer, record, VisibilityPreset.STATUS_PER_PERSON)).as(viewer + " " + record)
                        .isEqualTo(PER_PERSON);
            }
        }
    }

    @Test
    void mandatory_only_turns_recommended_training_into_counts_and_keeps_mandatory_training_per_person() {
        for (Viewer viewer : List.of(Viewer.MANAGER, Viewer.ADMIN)) {
            assertThat(sight(viewer, RECOMMENDED_TRAINING_STATUS, VisibilityPreset.MANDATORY_ONLY))
                    .isEqualTo(COUNTS_ONLY);
            assertThat(sight(viewer, MANDATORY_TRAINING_STATUS, VisibilityPreset.MANDATORY_ONLY))
                    .isEqualTo(PER_PERSON);
            assertThat(sight(viewer, CERTIFICATES, VisibilityPreset.MANDATORY_ONLY)).isEqualTo(PER_PERSON);
        }
    }

    @Test
    void an_assigned_role_play_or_module_follows_its_kind() {
        assertThat(VisibilityRules.assignmentStatus(true)).isEqualTo(MANDATORY_TRAINING_STATUS);
        assertThat(VisibilityRules.assignmentStatus(false)).isEqualTo(RECOMMENDED_TRAINING_STATUS);
    }

    @ParameterizedTest
    @EnumSource(VisibilityPreset.class)
    void trainers_get_statistics_at_most_and_nothing_about_times_attempts_or_reflections(VisibilityPreset preset) {
        for (Record record : Record.values()) {
            assertThat(sight(Viewer.TRAINER, record, preset)).as(record.name()).isNotEqualTo(PER_PERSON);
        }
        for (Record record : List.of(Record.TIME_SPENT, Record.LOGIN_TIMES, Record.ATTEMPTS, Record.REFLECTIONS)) {
            assertThat(sight(Viewer.TRAINER, record, preset)).as(record.name()).isEqualTo(NOTHING);
        }
    }

    @Test
    void fewer_than_five_people_are_never_shown_as_a_number() {
        assertThat(VisibilityRules.MIN_GROUP).isEqualTo(5);
        assertThat(List.of(0L, 1L, 4L)).allMatch(VisibilityRules::suppressed);
        assertThat(List.of(5L, 6L, 300L)).noneMatch(VisibilityRules::suppressed);
    }

    @Test
    void an_authority_without_a_choice_has_status_per_person() {
        assertThat(VisibilityPreset.DEFAULT).isEqualTo(VisibilityPreset.STATUS_PER_PERSON);
    }
}
