package de.willkommensakademie.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.content.AuthoredContent;

/**
 * What a module needs before it can be published; the importer and the editor apply the same rules. Problems name
 * the lesson and question (counted from 1) they belong to.
 */
public final class ModuleRules {

    static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern TAG = Pattern.compile("[a-z0-9äöüß]+(-[a-z0-9äöüß]+)*");
    // Checked here and used as the editor's field limits.
    public static final int TITLE_LENGTH = AuthoredContent.TITLE_LENGTH;
    public static final int SUMMARY_LENGTH = 1000;
    public static final int MAX_MINUTES = 600;
    public static final int MAX_VALIDITY_MONTHS = 120;
    public static final int MAX_ANSWERS = 8;
    // The longest texts the editor's fields take (imports are limited by the archive size of MediaLimits instead).
    public static final int GOALS_LENGTH = 4000;
    public static final int LESSON_TEXT_LENGTH = 60_000;
    public static final int ALT_LENGTH = 1000;
    public static final int QUESTION_LENGTH = 2000;
    public static final int ANSWER_LENGTH = 1000;
    public static final int FEEDBACK_LENGTH = 2000;

    private ModuleRules() {
    }

    static List<ContentProblem> check(ModuleContent module) {
        List<ContentProblem> problems = new ArrayList<>();
        String language = module.defaultLanguage();
        if (module.key() == null || !KEY.matcher(module.key()).matches() || module.key().length() > AuthoredContent.KEY_LENGTH) {
            problems.add(problem(null, null, "module.problem.key", String.valueOf(module.key())));
        }
        if (!"de".equals(language) && !"en".equals(language)) {
            problems.add(problem(null, null, "module.problem.language", String.valueOf(language)));
            return problems;
        }
        if (module.cornerstone() == null) {
            problems.add(problem(null, null, "module.problem.cornerstone"));
        }
        for (String tag : module.tags()) {
            if (!TAG.matcher(tag).matches()) {
                problems.add(problem(null, null, "module.problem.tag", tag));
            }
        }
        if (module.estimatedMinutes() < 1 || module.estimatedMinutes() > MAX_MINUTES) {
            problems.add(problem(null, null, "module.problem.minutes", String.valueOf(MAX_MINUTES)));
        }
        if (module.validityMonths() != null
                && (module.validityMonths() < 1 || module.validityMonths() > MAX_VALIDITY_MONTHS)) {
            problems.add(problem(null, null, "module.problem.validity", String.valueOf(MAX_VALIDITY_MONTHS)));
        }
        requireText(module.title(), language, TITLE_LENGTH, null, null, "module.problem.title", problems);
        requireText(module.summary(), language, SUMMARY_LENGTH, null, null, "module.problem.summary", problems);
        if (module.goals().getOrDefault(language, List.of()).stream().allMatch(String::isBlank)) {
            problems.add(problem(null, null, "module.problem.goals", language));
        }
        if (module.lessons().isEmpty()) {
            problems.add(problem(null, null, "module.problem.no-lessons"));
        }
        for (int index = 0; index < module.lessons().size(); index++) {
            checkLesson(module.lessons().get(index), index + 1, language, problems);
        }
        return problems;
    }

    private static void checkLesson(ModuleContent.Lesson lesson, int number, String language,
            List<ContentProblem> problems) {
        if (lesson.type() == null) {
            problems.add(problem(number, null, "module.problem.lesson-type"));
            return;
        }
        requireText(lesson.title(), language, TITLE_LENGTH, number, null, "module.problem.lesson-title", problems);
        switch (lesson.type()) {
            case TEXT -> requireText(lesson.body(), language, 0, number, null, "module.problem.lesson-text", problems);
            case VIDEO -> {
                boolean file = lesson.mediaId() != null && !lesson.mediaId().isBlank();
                boolean link = lesson.videoUrl() != null && !lesson.videoUrl().isBlank();
                if (!file && !link) {
                    problems.add(problem(number, null, "module.problem.video"));
                } else if (link && !lesson.videoUrl().matches("https?://\\S+")) {
                    problems.add(problem(number, null, "module.problem.video-url", lesson.videoUrl()));
                }
                requireText(lesson.body(), language, 0, number, null, "module.problem.transcript", problems);
            }
            case IMAGE -> {
                if (lesson.mediaId() == null || lesson.mediaId().isBlank()) {
                    problems.add(problem(number, null, "module.problem.image"));
                }
                requireText(lesson.alt(), language, 0, number, null, "module.problem.alt", problems);
            }
            case QUIZ -> checkQuiz(lesson.quiz(), number, language, problems);
        }
    }

    private static void checkQuiz(ModuleContent.Quiz quiz, int lesson, String language, List<ContentProblem> problems) {
        if (quiz == null || quiz.questions().isEmpty()) {
            problems.add(problem(lesson, null, "module.problem.no-questions"));
            return;
        }
        if (quiz.passPercent() < 1 || quiz.passPercent() > 100) {
            problems.add(problem(lesson, null, "module.problem.pass-percent"));
        }
        if (quiz.maxAttempts() < 0) {
            problems.add(problem(lesson, null, "module.problem.max-attempts"));
        }
        for (int index = 0; index < quiz.questions().size(); index++) {
            ModuleContent.Question question = quiz.questions().get(index);
            int number = index + 1;
            if (question.type() == null) {
                problems.add(problem(lesson, number, "module.problem.question-type"));
                continue;
            }
            requireText(question.text(), language, 0, lesson, number, "module.problem.question-text", problems);
            int answers = question.answers().size();
            if (question.type() == QuestionType.TRUEFALSE ? answers != 2 : answers < 2 || answers > MAX_ANSWERS) {
                problems.add(problem(lesson, number, question.type() == QuestionType.TRUEFALSE
                        ? "module.problem.truefalse-answers" : "module.problem.answer-count",
                        String.valueOf(MAX_ANSWERS)));
            }
            for (ModuleContent.Answer answer : question.answers()) {
                if (answer.text() == null || !answer.text().has(language)) {
                    problems.add(problem(lesson, number, "module.problem.answer-text", language));
                }
            }
            long correct = question.correctCount();
            if (question.type() == QuestionType.MULTIPLE ? correct < 1 : correct != 1) {
                problems.add(problem(lesson, number, question.type() == QuestionType.MULTIPLE
                        ? "module.problem.no-correct-answer" : "module.problem.one-correct-answer"));
            }
        }
    }

    private static void requireText(Text text, String language, int maxLength, Integer lesson, Integer question,
            String messageKey, List<ContentProblem> problems) {
        if (text == null || !text.has(language)) {
            problems.add(problem(lesson, question, messageKey, language));
        } else if (maxLength > 0) {
            text.byLanguage().values().stream().filter(value -> value.length() > maxLength).findFirst()
                    .ifPresent(tooLong -> problems.add(problem(lesson, question, "module.problem.too-long",
                            String.valueOf(maxLength))));
        }
    }

    private static ContentProblem problem(Integer lesson, Integer question, String messageKey, String... arguments) {
        return new ContentProblem(null, null, lesson, question, messageKey, List.of(arguments));
    }
}
