package de.willkommensakademie.onboarding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.willkommensakademie.base.YamlDocument;
import org.yaml.snakeyaml.nodes.MappingNode;

/** Reads {@code onboarding.yaml} (format in {@code modules/README.md}); a template with any problem is not returned. */
final class TemplateFileReader {

    static final String FILE = "onboarding.yaml";

    record Result(TemplateContent template, List<TemplateProblem> problems) {
    }

    private final List<TemplateProblem> problems = new ArrayList<>();
    private final YamlDocument yaml = new YamlDocument(
            (line, key, arguments) -> problems.add(new TemplateProblem(line, key, List.of(arguments))));

    private TemplateFileReader() {
    }

    static Result read(byte[] file) {
        return new TemplateFileReader().parse(file);
    }

    private Result parse(byte[] file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new Result(null, List.of(new TemplateProblem(null, "import.file.encoding", List.of())));
        }
        MappingNode root = yaml.root(text);
        if (root == null) {
            return new Result(null, List.copyOf(problems));
        }
        List<TemplateContent.Phase> phases = new ArrayList<>();
        for (MappingNode phase : yaml.mappings(root, "phases", true)) {
            List<TemplateContent.Item> items = new ArrayList<>();
            for (MappingNode item : yaml.mappings(phase, "items", true)) {
                items.add(new TemplateContent.Item(yaml.scalar(item, "key", true), yaml.text(item, "title", true),
                        yaml.text(item, "description", false), yaml.enumValue(item, "who", Responsible.class, true),
                        yaml.integer(item, "due", true, 0), yaml.scalar(item, "module", false),
                        yaml.scalar(item, "scenario", false), yaml.bool(item, "signOff", false)));
            }
            phases.add(new TemplateContent.Phase(yaml.scalar(phase, "key", true), yaml.text(phase, "title", true),
                    items));
        }
        TemplateContent template = new TemplateContent(yaml.scalar(root, "key", true),
                yaml.scalar(root, "jobRole", true), yaml.text(root, "title", true), yaml.text(root, "description", false),
                phases);
        if (problems.isEmpty()) {
            problems.addAll(TemplateRules.check(template));
        }
        return new Result(problems.isEmpty() ? template : null, List.copyOf(problems));
    }
}
