package de.willkommensakademie.learning;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.content.ContentDocument;

/**
 * Everything a learner sees of one module version. Stored as one JSON document per version, so a published version
 * can never change underneath the people learning it.
 */
public record ModuleContent(String key, Cornerstone cornerstone, List<String> tags, int estimatedMinutes,
        Integer validityMonths, String defaultLanguage, Text title, Text summary, Map<String, List<String>> goals,
        List<Lesson> lessons) implements ContentDocument<ModuleContent> {

    public ModuleContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
        goals = goals == null ? Map.of() : Map.copyOf(goals);
        lessons = lessons == null ? List.of() : List.copyOf(lessons);
    }

    public List<String> goalsIn(Locale locale) {
        List<String> own = goals.get(locale.getLanguage());
        return own == null || own.isEmpty() ? goals.getOrDefault(defaultLanguage, List.of()) : own;
    }

    @Override
    public ModuleContent withKey(String newKey) {
        return new ModuleContent(newKey, cornerstone, tags, estimatedMinutes, validityMonths, defaultLanguage, title,
                summary, goals, lessons);
    }

    /**
     * One lesson. {@code body} is Markdown for text lessons and the transcript for videos; {@code mediaId} points to
     * a stored image (image lessons) or video file (video lessons); {@code quiz} is set for quizzes only.
     */
    public record Lesson(LessonType type, Text title, Text body, String videoUrl, String mediaId, Text alt,
            Quiz quiz) {

        public static Lesson text(Text title, Text markdown) {
            return new Lesson(LessonType.TEXT, title, markdown, null, null, null, null);
        }
    }

    /** {@code maxAttempts} 0 means unlimited retakes. */
    public record Quiz(int passPercent, int maxAttempts, List<Question> questions) {
        public Quiz {
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }

    public record Question(QuestionType type, Text text, List<Answer> answers) {
        public Question {
            answers = answers == null ? List.of() : List.copyOf(answers);
        }

        public long correctCount() {
            return answers.stream().filter(Answer::correct).count();
        }
    }

    public record Answer(Text text, boolean correct, Text feedback) {
    }
}
