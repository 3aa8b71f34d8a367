package de.willkommensakademie.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.willkommensakademie.base.Text;
import org.junit.jupiter.api.Test;

/** Completion and expiry rules of one person's progress, at fixed instants. */
class LearningProgressTest {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private static ModuleContent module(Integer validityMonths) {
        var quiz = new ModuleContent.Quiz(50, 0, List.of(new ModuleContent.Question(QuestionType.TRUEFALSE,
                Text.of("Frage", null), List.of(new ModuleContent.Answer(Text.of("Richtig", null), true, Text.empty()),
                        new ModuleContent.Answer(Text.of("Falsch", null), false, Text.empty())))));
        return new ModuleContent("m", Cornerstone.COMPETENCES, List.of(), 10, validityMonths, "de", Text.of("T", null),
                Text.of("S", null), Map.of("de", List.of("G")), List.of(
                        ModuleContent.Lesson.text(Text.of("A", null), Text.of("a", null)),
                        new ModuleContent.Lesson(LessonType.QUIZ, Text.of("Q", null), null, null, null, null, quiz),
                        ModuleContent.Lesson.text(Text.of("B", null), Text.of("b", null))));
    }

    @Test
    void completion_needs_every_lesson_viewed_and_every_quiz_passed() {
        LearningProgress progress = new LearningProgress(1, 2, 3, 4, START);
        ModuleContent content = module(null);
        progress.view(0);
        progress.view(2);
        assertThat(progress.completeIfDone(content, START)).isFalse();
        assertThat(progress.resumeLesson(content)).isEqualTo(1);
        progress.passQuiz(1);
        assertThat(progress.completeIfDone(content, START.plusSeconds(60))).isTrue();
        assertThat(progress.completeIfDone(content, START.plusSeconds(120))).as("only once").isFalse();
        assertThat(progress.completedAt()).isEqualTo(START.plusSeconds(60));
        assertThat(progress.expiresAt()).isNull();
        assertThat(progress.isExpiredAt(START.plusSeconds(999_999_999))).isFalse();
    }

    @Test
    void a_completion_with_validity_expires_after_that_many_months() {
        LearningProgress progress = new LearningProgress(1, 2, 3, 4, START);
        ModuleContent content = module(24);
        progress.view(0);
        progress.view(2);
        progress.passQuiz(1);
        progress.completeIfDone(content, START);
        LocalDate expiry = progress.expiresAt().atZone(ZoneId.systemDefault()).toLocalDate();
        assertThat(expiry).isEqualTo(START.atZone(ZoneId.systemDefault()).toLocalDate().plusMonths(24));
        assertThat(progress.isExpiredAt(progress.expiresAt().minusSeconds(1))).isFalse();
        assertThat(progress.isExpiredAt(progress.expiresAt())).isTrue();
    }

    @Test
    void a_due_date_is_fixed_or_counted_from_the_later_of_start_and_assignment_or_from_the_assignment() {
        // START is the day of the assignment, 1 March 2026
        var fixed = new Assignment(1, 2, AssignmentTarget.TEAM, 3, true, LocalDate.of(2026, 12, 1), null, "t",
                START);
        var afterStart = new Assignment(1, 2, AssignmentTarget.JOB_ROLE, 3, true, null, 30, "t", START);
        var afterAssignment = new Assignment(1, 2, AssignmentTarget.TEAM, 3, true, null, null, 14, "t", START);
        assertThat(fixed.dueFor(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(afterStart.dueFor(LocalDate.of(2026, 4, 10))).as("starts after the assignment")
                .isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(afterStart.dueFor(LocalDate.of(2018, 1, 10))).as("in post since 2018: from the assignment")
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(afterStart.dueFor(null)).as("no start date known: from the assignment")
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(afterAssignment.dueFor(LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(afterAssignment.dueFor(LocalDate.of(2018, 1, 10))).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThatThrownBy(() -> new Assignment(1, 2, AssignmentTarget.TEAM, 3, true, null, 30, 14, "t", START))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_quiz_counts_a_question_only_when_exactly_its_correct_answers_are_chosen() {
        var multiple = new ModuleContent.Question(QuestionType.MULTIPLE, Text.of("?", null), List.of(
                new ModuleContent.Answer(Text.of("a", null), true, Text.of("ja", null)),
                new ModuleContent.Answer(Text.of("b", null), true, Text.empty()),
                new ModuleContent.Answer(Text.of("c", null), false, Text.of("nein", null))));
        var quiz = new ModuleContent.Quiz(100, 0, List.of(multiple));
        assertThat(QuizScoring.score(quiz, List.of(Set.of(0))).passed()).isFalse();
        assertThat(QuizScoring.score(quiz, List.of(Set.of(0, 1, 2))).passed()).isFalse();
        var right = QuizScoring.score(quiz, List.of(Set.of(0, 1)));
        assertThat(right.passed()).isTrue();
        assertThat(right.scorePercent()).isEqualTo(100);
    }
}
