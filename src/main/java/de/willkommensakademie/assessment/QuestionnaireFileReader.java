package de.willkommensakademie.assessment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import de.willkommensakademie.base.YamlDocument;
import de.willkommensakademie.learning.Cornerstone;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads {@code questionnaire.yaml} (format in {@code modules/README.md}) and checks it with {@link QuestionnaireRules};
 * a questionnaire with any problem is not returned, so nothing of a broken file is stored.
 */
final class QuestionnaireFileReader {

    static final String FILE = "questionnaire.yaml";

    record Result(QuestionnaireContent questionnaire, List<QuestionnaireProblem> problems) {
    }

    private final List<QuestionnaireProblem> problems = new ArrayList<>();
    private final YamlDocument yaml = new YamlDocument(
            (line, key, arguments) -> problems.add(new QuestionnaireProblem(line, key, List.of(arguments))));

    private QuestionnaireFileReader() {
    }

    /** Reads and checks a file; {@code modules} and {@code scenarios} are the keys its statements may name. */
    static Result read(byte[] file, Set<String> modules, Set<String> scenarios) {
        return new QuestionnaireFileReader().parse(file, modules, scenarios);
    }

    private Result parse(byte[] file, Set<String> modules, Set<String> scenarios) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new Result(null, List.of(new QuestionnaireProblem(null, "import.file.encoding", List.of())));
        }
        MappingNode root = yaml.root(text);
        if (root == null) {
            return new Result(null, List.copyOf(problems));
        }
        List<QuestionnaireContent.Statement> statements = new ArrayList<>();
        for (MappingNode statement : yaml.mappings(root, "statements", true)) {
            statements.add(new QuestionnaireContent.Statement(yaml.scalar(statement, "key", true),
                    cornerstone(statement), yaml.text(statement, "text", true), yaml.strings(statement, "modules"),
                    yaml.strings(statement, "scenarios")));
        }
        String language = yaml.scalar(root, "defaultLanguage", false);
        QuestionnaireContent questionnaire = new QuestionnaireContent(yaml.scalar(root, "key", true),
                yaml.text(root, "title", true), yaml.text(root, "introduction", true),
                language == null ? "de" : language.strip(), statements);
        if (problems.isEmpty()) {
            problems.addAll(QuestionnaireRules.check(questionnaire, modules, scenarios));
        }
        return new Result(problems.isEmpty() ? questionnaire : null, List.copyOf(problems));
    }

    /** The statement's cornerstone; an unknown one is reported with the five that exist. */
    private Cornerstone cornerstone(MappingNode statement) {
        String value = yaml.scalar(statement, "cornerstone", true);
        if (value == null) {
            return null;
        }
        try {
            return Cornerstone.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new QuestionnaireProblem(YamlDocument.line(YamlDocument.node(statement, "cornerstone")),
                    "assessment.content.problem.unknown-cornerstone", List.of(value, Arrays.stream(
                            Cornerstone.values()).map(Cornerstone::name).collect(Collectors.joining(", ")))));
            return null;
        }
    }
}
