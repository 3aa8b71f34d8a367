package de.willkommensakademie.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import de.willkommensakademie.base.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A course's life, guarded by the course itself: no Spring, no database. */
class LanguageCourseTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final long MANAGER = 7L;

    private static LanguageCourse requested() {
        return new LanguageCourse(1L, 2L, "en", Cefr.B1, "Volkshochschule", "Für den Servicepoint", NOW);
    }

    private static LanguageCourse planned() {
        LanguageCourse course = requested();
        course.decide(true, MANAGER, null);
        return course;
    }

    private static LanguageCourse completed() {
        LanguageCourse course = planned();
        course.complete(Cefr.B1, 38, NOW);
        return course;
    }

    private static LanguageCourse declined() {
        LanguageCourse course = requested();
        course.decide(false, MANAGER, "Budget ausgeschöpft");
        return course;
    }

    private static LanguageCourse dropped() {
        LanguageCourse course = planned();
        course.drop(12);
        return course;
    }

    private static void refused(Executable transition, String key) {
        assertThatThrownBy(transition::execute).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }

    @Test
    void an_approved_request_is_planned_and_a_declined_one_keeps_its_reason() {
        assertThat(planned().status()).isEqualTo(CourseStatus.PLANNED);
        LanguageCourse declined = declined();
        assertThat(declined.status()).isEqualTo(CourseStatus.DECLINED);
        assertThat(declined.decisionReason()).isEqualTo("Budget ausgeschöpft");
    }

    @Test
    void a_decline_without_a_reason_is_refused_and_the_request_stays_open() {
        LanguageCourse course = requested();
        refused(() -> course.decide(false, MANAGER, " "), "language.course.error.reason");
        refused(() -> course.decide(false, MANAGER, null), "language.course.error.reason");
        assertThat(course.status()).isEqualTo(CourseStatus.REQUESTED);
    }

    @Test
    void only_a_request_can_be_decided_so_a_second_decision_cannot_overturn_the_first() {
        for (LanguageCourse course : new LanguageCourse[] {planned(), declined(), completed(), dropped()}) {
            CourseStatus before = course.status();
            refused(() -> course.decide(true, MANAGER, null), "language.course.error.state");
            refused(() -> course.decide(false, MANAGER, "Doch nicht"), "language.course.error.state");
            assertThat(course.status()).isEqualTo(before);
        }
    }

    @Test
    void a_planned_course_takes_provider_dates_hours_and_cost() {
        LanguageCourse course = planned();
        course.plan("VHS Musterstadt", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), 40, 32_000L);
        assertThat(course.provider()).isEqualTo("VHS Musterstadt");
        assertThat(course.endDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(course.hoursPlanned()).isEqualTo(40);
        assertThat(course.costCents()).isEqualTo(32_000L);
    }

    @Test
    void a_plan_with_an_end_before_the_start_or_figures_out_of_range_is_refused() {
        LanguageCourse course = planned();
        refused(() -> course.plan("VHS", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1), 40, null),
                "language.course.error.dates");
        refused(() -> course.plan("VHS", null, null, -1, null), "language.course.error.hours");
        refused(() -> course.plan("VHS", null, null, LanguageCourse.MAX_HOURS + 1, null),
                "language.course.error.hours");
        refused(() -> course.plan("VHS", null, null, 40, -5L), "language.course.error.cost");
        refused(() -> course.plan("VHS", null, null, 40, LanguageCourse.MAX_COST_CENTS + 1),
                "language.course.error.cost");
        assertThat(course.provider()).isEqualTo("Volkshochschule");
    }

    @Test
    void only_an_approved_course_can_be_planned() {
        for (LanguageCourse course : new LanguageCourse[] {requested(), declined(), completed(), dropped()}) {
            refused(() -> course.plan("VHS", null, null, 40, null), "language.course.error.state");
        }
    }

    @Test
    void a_planned_course_is_completed_with_the_level_reached_and_the_hours_attended() {
        LanguageCourse course = completed();
        assertThat(course.status()).isEqualTo(CourseStatus.COMPLETED);
        assertThat(course.levelReached()).isEqualTo(Cefr.B1);
        assertThat(course.hoursAttended()).isEqualTo(38);
        assertThat(course.completedAt()).isEqualTo(NOW);
    }

    @Test
    void a_completion_without_a_level_or_with_impossible_hours_is_refused() {
        LanguageCourse course = planned();
        refused(() -> course.complete(null, 38, NOW), "language.error.level");
        refused(() -> course.complete(Cefr.B1, 0, NOW), "language.course.error.hours");
        refused(() -> course.complete(Cefr.B1, LanguageCourse.MAX_HOURS + 1, NOW), "language.course.error.hours");
        assertThat(course.status()).isEqualTo(CourseStatus.PLANNED);
    }

    @Test
    void a_course_is_completed_once_and_never_before_it_was_approved() {
        for (LanguageCourse course : new LanguageCourse[] {requested(), declined(), completed(), dropped()}) {
            refused(() -> course.complete(Cefr.B2, 40, NOW), "language.course.error.state");
        }
        LanguageCourse completed = completed();
        refused(() -> completed.complete(Cefr.C1, 60, NOW), "language.course.error.state");
        assertThat(completed.levelReached()).isEqualTo(Cefr.B1);
    }

    @Test
    void a_planned_course_or_a_request_can_be_dropped_with_the_hours_attended() {
        assertThat(dropped().status()).isEqualTo(CourseStatus.DROPPED);
        assertThat(dropped().hoursAttended()).isEqualTo(12);
        LanguageCourse request = requested();
        request.drop(null);
        assertThat(request.status()).isEqualTo(CourseStatus.DROPPED);
        refused(() -> planned().drop(-1), "language.course.error.hours");
    }

    @Test
    void a_completed_declined_or_dropped_course_cannot_be_dropped() {
        for (LanguageCourse course : new LanguageCourse[] {completed(), declined(), dropped()}) {
            CourseStatus before = course.status();
            refused(() -> course.drop(3), "language.course.error.state");
            assertThat(course.status()).isEqualTo(before);
        }
        LanguageCourse dropped = dropped();
        refused(() -> dropped.drop(20), "language.course.error.state");
        assertThat(dropped.hoursAttended()).isEqualTo(12);
    }
}
