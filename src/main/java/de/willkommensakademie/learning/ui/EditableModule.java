package de.willkommensakademie.learning.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.base.Text;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.learning.LessonType;
import de.willkommensakademie.learning.ModuleContent;
import de.willkommensakademie.learning.QuestionType;

/**
 * The editor's working copy of a module: plain mutable fields the form writes into, turned back into immutable
 * {@link ModuleContent} on save.
 */
final class EditableModule {

    String key;
    Cornerstone cornerstone;
    String tags;
    Integer minutes;
    Integer validityMonths;
    String defaultLanguage;
    final Map<String, String> title = new LinkedHashMap<>();
    final Map<String, String> summary = new LinkedHashMap<>();
    final Map<String, String> goals = new LinkedHashMap<>();
    final List<Lesson> lessons = new ArrayList<>();

    static final class Lesson {
        LessonType type;
        final Map<String, String> title = new LinkedHashMap<>();
        final Map<String, String> body = new LinkedHashMap<>();
        final Map<String, String> alt = new LinkedHashMap<>();
        String videoUrl;
        String mediaId;
        Integer passPercent = 80;
        Integer maxAttempts = 0;
        final List<Question> questions = new ArrayList<>();

        Lesson(LessonType type) {
            this.type = type;
        }
    }

    static final class Question {
        QuestionType type = QuestionType.SINGLE;
        final Map<String, String> text = new LinkedHashMap<>();
        final List<Answer> answers = new ArrayList<>();
    }

    static final class Answer {
        final Map<String, String> text = new LinkedHashMap<>();
        final Map<String, String> feedback = new LinkedHashMap<>();
        boolean correct;
    }

    static EditableModule from(ModuleContent content) {
        EditableModule module = new EditableModule();
        module.key = content.key();
        module.cornerstone = content.cornerstone();
        module.tags = String.join(", ", content.tags());
        module.minutes = content.estimatedMinutes();
        module.validityMonths = content.validityMonths();
        module.defaultLanguage = content.defaultLanguage();
        module.title.putAll(content.title().byLanguage());
        module.summary.putAll(content.summary().byLanguage());
        content.goals().forEach((language, list) -> module.goals.put(language, String.join("\n", list)));
        for (ModuleContent.Lesson lesson : content.lessons()) {
            Lesson editable = new Lesson(lesson.type());
            editable.title.putAll(texts(lesson.title()));
            editable.body.putAll(texts(lesson.body()));
            editable.alt.putAll(texts(lesson.alt()));
            editable.videoUrl = lesson.videoUrl();
            editable.mediaId = lesson.mediaId();
            if (lesson.quiz() != null) {
                editable.passPercent = lesson.quiz().passPercent();
                editable.maxAttempts = lesson.quiz().maxAttempts();
                for (ModuleContent.Question question : lesson.quiz().questions()) {
                    Question item = new Question();
                    item.type = question.type();
                    item.text.putAll(texts(question.text()));
                    for (ModuleContent.Answer answer : question.answers()) {
                        Answer option = new Answer();
                        option.text.putAll(texts(answer.text()));
                        option.feedback.putAll(texts(answer.feedback()));
                        option.correct = answer.correct();
                        item.answers.add(option);
                    }
                    editable.questions.add(item);
                }
            }
            module.lessons.add(editable);
        }
        return module;
    }

    ModuleContent toContent() {
        Map<String, List<String>> goalLists = new LinkedHashMap<>();
        goals.forEach((language, lines) -> goalLists.put(language,
                Arrays.stream(lines.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList()));
        List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split(","))
                .map(String::strip).filter(tag -> !tag.isEmpty()).toList();
        List<ModuleContent.Lesson> contentLessons = new ArrayList<>();
        for (Lesson lesson : lessons) {
            ModuleContent.Quiz quiz = null;
            if (lesson.type == LessonType.QUIZ) {
                List<ModuleContent.Question> questions = lesson.questions.stream().map(question ->
                        new ModuleContent.Question(question.type, new Text(question.text), question.answers.stream()
                                .map(answer -> new ModuleContent.Answer(new Text(answer.text), answer.correct,
                                        new Text(answer.feedback))).toList())).toList();
                quiz = new ModuleContent.Quiz(lesson.passPercent == null ? 0 : lesson.passPercent,
                        lesson.maxAttempts == null ? 0 : lesson.maxAttempts, questions);
            }
            contentLessons.add(new ModuleContent.Lesson(lesson.type, new Text(lesson.title), new Text(lesson.body),
                    lesson.videoUrl, lesson.mediaId, new Text(lesson.alt), quiz));
        }
        return new ModuleContent(key, cornerstone, tagList, minutes == null ? 0 : minutes, validityMonths,
                defaultLanguage, new Text(title), new Text(summary), goalLists, contentLessons);
    }

    private static Map<String, String> texts(Text text) {
        return text == null ? Map.of() : text.byLanguage();
    }
}
