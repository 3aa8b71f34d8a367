package de.willkommensakademie.scenario;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.base.FileType;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.YamlDocument;
import de.willkommensakademie.base.content.MediaFile;
import de.willkommensakademie.scenario.ScenarioContent.Choice;
import de.willkommensakademie.scenario.ScenarioContent.Node;
import de.willkommensakademie.scenario.ScenarioContent.NodeType;
import de.willkommensakademie.scenario.ScenarioContent.Outcome;
import de.willkommensakademie.scenario.ScenarioContent.Route;
import de.willkommensakademie.scenario.ScenarioContent.Variable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads {@code scenario.yaml} (format in {@code modules/README.md}) with the images of its scenes and checks it with
 * {@link ScenarioRules}; every problem carries the line of the node it concerns, and a scenario with any problem is
 * not returned.
 */
public final class ScenarioFileReader {

    public static final String FILE = "scenario.yaml";

    /** The scenario and its images by id, or null with the reasons why not. */
    public record Result(ScenarioContent scenario, Map<String, MediaFile> images, List<ScenarioProblem> problems) {
    }

    private final Map<String, byte[]> files;
    static final FileType[] IMAGE_TYPES = {FileType.PNG, FileType.JPEG};

    private final long maxImageBytes;
    private final int maxNodes;
    private final int maxChoices;
    private final Map<String, MediaFile> images = new LinkedHashMap<>();
    private final List<ScenarioProblem> problems = new ArrayList<>();
    private final Map<String, Integer> nodeLines = new HashMap<>();
    private final YamlDocument yaml = new YamlDocument(
            (line, key, arguments) -> problems.add(new ScenarioProblem(null, line, key, List.of(arguments))));

    private ScenarioFileReader(Map<String, byte[]> files, long maxImageBytes, int maxNodes, int maxChoices) {
        this.files = files;
        this.maxImageBytes = maxImageBytes;
        this.maxNodes = maxNodes;
        this.maxChoices = maxChoices;
    }

    /** A scenario without images (images it names are reported missing). */
    public static Result read(byte[] file) {
        return read(Map.of(FILE, file), 0, ScenarioLimits.DEFAULT_NODES, ScenarioLimits.DEFAULT_CHOICES_PER_NODE);
    }

    /**
     * {@code scenario.yaml} and the image files it names, by path within the scenario folder; more nodes or choices
     * per node than allowed are refused before the nodes are read.
     */
    static Result read(Map<String, byte[]> files, long maxImageBytes, int maxNodes, int maxChoices) {
        byte[] file = files.get(FILE);
        if (file == null) {
            return new Result(null, Map.of(), List.of(ScenarioProblem.of(null, "scenario.import.file-missing", FILE)));
        }
        return new ScenarioFileReader(files, maxImageBytes, maxNodes, maxChoices).parse(file);
    }

    private Result parse(byte[] file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new Result(null, Map.of(), List.of(new ScenarioProblem(null, null, "import.file.encoding",
                    List.of())));
        }
        MappingNode root = yaml.root(text);
        if (root == null) {
            return new Result(null, Map.of(), List.copyOf(problems));
        }
        ScenarioContent scenario = scenario(root);
        if (scenario == null) {
            return new Result(null, Map.of(), List.copyOf(problems));
        }
        if (problems.isEmpty()) {
            for (ScenarioProblem problem : ScenarioRules.check(scenario)) {
                problems.add(problem.atLine(problem.node() == null ? 1 : nodeLines.get(problem.node())));
            }
        }
        boolean valid = problems.isEmpty();
        return new Result(valid ? scenario : null, valid ? Map.copyOf(images) : Map.of(), List.copyOf(problems));
    }

    private ScenarioContent scenario(MappingNode root) {
        List<Variable> variables = new ArrayList<>();
        for (MappingNode variable : yaml.mappings(root, "variables", false)) {
            variables.add(new Variable(yaml.scalar(variable, "name", true), yaml.text(variable, "label", false),
                    yaml.integer(variable, "start", true, 0),
                    yaml.integer(variable, "min", true, 0), yaml.integer(variable, "max", true, 0)));
        }
        List<MappingNode> nodeMappings = yaml.mappings(root, "nodes", true);
        if (nodeMappings.size() > maxNodes) {
            problems.add(new ScenarioProblem(null, YamlDocument.line(YamlDocument.node(root, "nodes")),
                    "scenario.limit.nodes", List.of(String.valueOf(nodeMappings.size()), String.valueOf(maxNodes))));
            return null;
        }
        List<Node> nodes = new ArrayList<>();
        for (MappingNode node : nodeMappings) {
            nodes.add(node(node));
        }
        Map<String, Text> competenceLabels = new LinkedHashMap<>();
        if (YamlDocument.node(root, "competenceLabels") instanceof MappingNode labels) {
            for (NodeTuple entry : labels.getValue()) {
                String name = YamlDocument.keyOf(entry);
                competenceLabels.put(name, yaml.text(labels, name, true));
            }
        }
        return new ScenarioContent(yaml.scalar(root, "key", true), yaml.scalar(root, "cornerstone", true),
                yaml.strings(root, "competences"), competenceLabels, yaml.integer(root, "estimatedMinutes", true, 0),
                yaml.scalar(root, "defaultLanguage", true), yaml.bool(root, "showVariables", true),
                yaml.bool(root, "allowBack", false), yaml.text(root, "title", true), yaml.text(root, "brief", true),
                variables, yaml.scalar(root, "start", true), nodes, yaml.bool(root, "certificate", false));
    }

    private Node node(MappingNode node) {
        String id = yaml.scalar(node, "id", true);
        if (id != null) {
            nodeLines.putIfAbsent(id, YamlDocument.line(node));
        }
        NodeType type = yaml.enumValue(node, "type", NodeType.class, true);
        List<MappingNode> routeMappings = yaml.mappings(node, "routes", false);
        List<MappingNode> choiceMappings = yaml.mappings(node, "choices", type == NodeType.CHOICE);
        if (routeMappings.size() + choiceMappings.size() > maxChoices) {
            problems.add(new ScenarioProblem(id, YamlDocument.line(node), "scenario.limit.choices",
                    List.of(String.valueOf(id), String.valueOf(routeMappings.size() + choiceMappings.size()),
                            String.valueOf(maxChoices))));
            return new Node(id, type, Text.empty(), null, List.of(), List.of(), null, null);
        }
        List<Route> routes = new ArrayList<>();
        for (MappingNode route : routeMappings) {
            routes.add(new Route(yaml.scalar(route, "when", true), yaml.scalar(route, "to", true)));
        }
        List<Choice> choices = new ArrayList<>();
        for (MappingNode choice : choiceMappings) {
            choices.add(new Choice(yaml.text(choice, "text", true), yaml.text(choice, "feedback", true),
                    yaml.integers(choice, "scores"), yaml.integers(choice, "effects"),
                    yaml.scalar(choice, "when", false), yaml.scalar(choice, "to", true)));
        }
        boolean ending = type == NodeType.ENDING;
        String image = type == NodeType.SCENE ? image(node) : null;
        return new Node(id, type, yaml.text(node, "text", type != NodeType.CHOICE), yaml.scalar(node, "next", false),
                routes, choices, ending ? yaml.enumValue(node, "outcome", Outcome.class, true) : null,
                ending ? yaml.text(node, "title", true) : null, image,
                image == null ? null : yaml.text(node, "alt", true));
    }

    /** The scene's picture, read completely and encoded anew ({@link FileType#check}); returns its id. */
    private String image(MappingNode node) {
        String path = yaml.scalar(node, "image", false);
        if (path == null) {
            return null;
        }
        int line = YamlDocument.line(YamlDocument.node(node, "image"));
        byte[] data = files.get(path);
        if (data == null) {
            problems.add(new ScenarioProblem(null, line, "scenario.import.file-missing", List.of(path)));
            return null;
        }
        FileType.Checked checked;
        try {
            checked = FileType.check(data, maxImageBytes, IMAGE_TYPES);
        } catch (UserFacingException refused) {
            problems.add(new ScenarioProblem(null, line, refused.messageKey(),
                    Arrays.stream(refused.arguments()).map(String::valueOf).toList()));
            return null;
        }
        String id = FileType.contentId(checked.data());
        images.put(id, new MediaFile(id, checked.type().mediaType(), checked.data()));
        return id;
    }
}
