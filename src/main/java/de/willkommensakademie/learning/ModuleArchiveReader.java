package de.willkommensakademie.learning;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.base.FileType;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.YamlDocument;
import de.willkommensakademie.base.content.MediaFile;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one module in the folder format of {@code modules/README.md} from its files (path → bytes). Every problem is
 * reported with file and line; content rules ({@link ModuleRules}) are checked too and mapped back to the manifest
 * line of the lesson or question they concern.
 */
final class ModuleArchiveReader {

    static final String MANIFEST = "module.yaml";

    /** The module, its images by id, and everything wrong with it (nothing may be stored unless empty). */
    record Result(ModuleContent content, Map<String, MediaFile> media, List<ContentProblem> problems) {
    }

    private final Map<String, byte[]> files;
    private final MediaLimits limits;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final YamlDocument yaml = new YamlDocument(
            (line, key, arguments) -> problems.add(ContentProblem.inFile(MANIFEST, line, key, arguments)));
    private final Map<String, MediaFile> media = new LinkedHashMap<>();
    private final List<Integer> lessonLines = new ArrayList<>();
    private final List<List<Integer>> questionLines = new ArrayList<>();
    private int moduleLine = 1;

    private ModuleArchiveReader(Map<String, byte[]> files, MediaLimits limits) {
        this.files = files;
        this.limits = limits;
    }

    static Result read(Map<String, byte[]> files, MediaLimits limits) {
        return new ModuleArchiveReader(files, limits).read();
    }

    private Result read() {
        String manifest = fileText(MANIFEST, null);
        if (manifest == null) {
            return failed();
        }
        MappingNode module = yaml.root(manifest);
        if (module == null) {
            return failed();
        }
        ModuleContent content = module(module);
        if (problems.isEmpty()) {
            for (ContentProblem problem : ModuleRules.check(content)) {
                problems.add(problem.at(MANIFEST, lineOf(problem)));
            }
        }
        return new Result(problems.isEmpty() ? content : null, Map.copyOf(media), List.copyOf(problems));
    }

    private ModuleContent module(MappingNode node) {
        moduleLine = YamlDocument.line(node);
        String key = yaml.scalar(node, "key", true);
        Cornerstone cornerstone = yaml.enumValue(node, "cornerstone", Cornerstone.class, true);
        List<String> tags = yaml.strings(node, "tags");
        int minutes = yaml.integer(node, "estimatedMinutes", true, 0);
        Integer validity = YamlDocument.node(node, "validityMonths") == null ? null : yaml.integer(node, "validityMonths", false, 0);
        String language = yaml.scalar(node, "defaultLanguage", true);
        Text title = yaml.text(node, "title", true);
        Text summary = yaml.text(node, "summary", true);
        Map<String, List<String>> goals = new LinkedHashMap<>();
        Node goalsNode = YamlDocument.node(node, "goals");
        if (goalsNode instanceof MappingNode goalMap) {
            for (NodeTuple tuple : goalMap.getValue()) {
                goals.put(YamlDocument.keyOf(tuple), yaml.strings(tuple.getValueNode(), "goals"));
            }
        } else {
            yaml.missingOrWrong(node, "goals", goalsNode);
        }
        List<ModuleContent.Lesson> lessons = new ArrayList<>();
        Node lessonsNode = YamlDocument.node(node, "lessons");
        if (lessonsNode instanceof SequenceNode sequence) {
            for (Node lessonNode : sequence.getValue()) {
                lessonLines.add(YamlDocument.line(lessonNode));
                questionLines.add(new ArrayList<>());
                if (lessonNode instanceof MappingNode lessonMap) {
                    lessons.add(lesson(lessonMap));
                } else {
                    problems.add(ContentProblem.inFile(MANIFEST, YamlDocument.line(lessonNode), "import.module.not-a-map"));
                }
            }
        } else {
            yaml.missingOrWrong(node, "lessons", lessonsNode);
        }
        return new ModuleContent(key, cornerstone, tags, minutes, validity, language, title, summary, goals, lessons);
    }

    private ModuleContent.Lesson lesson(MappingNode node) {
        String type = yaml.scalar(node, "type", true);
        Text title = yaml.text(node, "title", true);
        if (type == null) {
            return new ModuleContent.Lesson(null, title, null, null, null, null, null);
        }
        return switch (type) {
            case "text" -> ModuleContent.Lesson.text(title, fileTexts(node, "file"));
            case "video" -> new ModuleContent.Lesson(LessonType.VIDEO, title, fileTexts(node, "transcript"),
                    yaml.scalar(node, "url", false), YamlDocument.node(node, "file") == null ? null : media(node, LessonType.VIDEO),
                    null, null);
            case "image" -> new ModuleContent.Lesson(LessonType.IMAGE, title, null, null,
                    media(node, LessonType.IMAGE), yaml.text(node, "alt", true), null);
            case "quiz" -> new ModuleContent.Lesson(LessonType.QUIZ, title, null, null, null, null, quiz(node));
            default -> {
                problems.add(ContentProblem.inFile(MANIFEST, YamlDocument.line(YamlDocument.node(node, "type")), "import.module.lesson-type",
                        type));
                yield new ModuleContent.Lesson(null, title, null, null, null, null, null);
            }
        };
    }

    private ModuleContent.Quiz quiz(MappingNode node) {
        int passPercent = yaml.integer(node, "passPercent", true, 0);
        int maxAttempts = YamlDocument.node(node, "maxAttempts") == null ? 0 : yaml.integer(node, "maxAttempts", false, 0);
        List<ModuleContent.Question> questions = new ArrayList<>();
        Node questionsNode = YamlDocument.node(node, "questions");
        if (questionsNode instanceof SequenceNode sequence) {
            for (Node questionNode : sequence.getValue()) {
                questionLines.getLast().add(YamlDocument.line(questionNode));
                if (questionNode instanceof MappingNode question) {
                    questions.add(question(question));
                } else {
                    problems.add(ContentProblem.inFile(MANIFEST, YamlDocument.line(questionNode), "import.module.not-a-map"));
                }
            }
        } else {
            yaml.missingOrWrong(node, "questions", questionsNode);
        }
        return new ModuleContent.Quiz(passPercent, maxAttempts, questions);
    }

    private ModuleContent.Question question(MappingNode node) {
        QuestionType type = yaml.enumValue(node, "type", QuestionType.class, true);
        Text text = yaml.text(node, "text", true);
        List<ModuleContent.Answer> answers = new ArrayList<>();
        for (MappingNode answer : yaml.mappings(node, "answers", true)) {
            answers.add(new ModuleContent.Answer(yaml.text(answer, "text", true), yaml.bool(answer, "correct", false),
                    yaml.text(answer, "feedback", false)));
        }
        return new ModuleContent.Question(type, text, answers);
    }

    /** A media file of the module folder, read completely ({@link FileType#check}); returns its id. */
    private String media(MappingNode node, LessonType lesson) {
        String path = yaml.scalar(node, "file", true);
        if (path == null) {
            return null;
        }
        byte[] data = files.get(path);
        if (data == null) {
            problems.add(ContentProblem.inFile(MANIFEST, YamlDocument.line(YamlDocument.node(node, "file")), "import.module.file-missing", path));
            return null;
        }
        FileType.Checked checked;
        try {
            checked = limits.check(data, lesson);
        } catch (UserFacingException refused) {
            problems.add(ContentProblem.inFile(path, null, refused.messageKey(),
                    Arrays.stream(refused.arguments()).map(String::valueOf).toArray(String[]::new)));
            return null;
        }
        String id = FileType.contentId(checked.data());
        media.put(id, new MediaFile(id, checked.type().mediaType(), checked.data()));
        return id;
    }

    /** A language map of file paths whose Markdown contents become the text. */
    private Text fileTexts(MappingNode node, String field) {
        Node paths = YamlDocument.node(node, field);
        if (!(paths instanceof MappingNode map)) {
            yaml.missingOrWrong(node, field, paths);
            return Text.empty();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String path = YamlDocument.scalarValue(tuple.getValueNode());
            String content = fileText(path, tuple.getValueNode());
            if (content != null) {
                texts.put(YamlDocument.keyOf(tuple), content);
            }
        }
        return new Text(texts);
    }

    private String fileText(String path, Node reference) {
        byte[] data = path == null ? null : files.get(path);
        if (data == null) {
            problems.add(ContentProblem.inFile(reference == null ? path : MANIFEST,
                    reference == null ? null : YamlDocument.line(reference), "import.module.file-missing", String.valueOf(path)));
            return null;
        }
        try {
            String content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data)).toString();
            return content.startsWith("\uFEFF") ? content.substring(1) : content;
        } catch (CharacterCodingException notUtf8) {
            problems.add(ContentProblem.inFile(path, null, "import.file.encoding"));
            return null;
        }
    }

    private int lineOf(ContentProblem problem) {
        if (problem.lesson() == null || problem.lesson() > lessonLines.size()) {
            return moduleLine;
        }
        int lesson = problem.lesson() - 1;
        if (problem.question() != null && problem.question() <= questionLines.get(lesson).size()) {
            return questionLines.get(lesson).get(problem.question() - 1);
        }
        return lessonLines.get(lesson);
    }

    private Result failed() {
        if (problems.isEmpty()) {
            problems.add(ContentProblem.inFile(MANIFEST, null, "import.module.no-manifest"));
        }
        return new Result(null, Map.of(), List.copyOf(problems));
    }
}
