package de.willkommensakademie.scenario.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.base.Text;
import de.willkommensakademie.scenario.ScenarioContent;
import de.willkommensakademie.scenario.ScenarioContent.NodeType;
import de.willkommensakademie.scenario.ScenarioContent.Outcome;

/**
 * The editor's working copy of a scenario: plain mutable fields the form writes into, turned back into immutable
 * {@link ScenarioContent} for saving, checking, the graph and the preview.
 */
final class EditableScenario {

    String key;
    String cornerstone;
    Integer minutes;
    String defaultLanguage;
    boolean showVariables;
    boolean allowBack;
    boolean certificate;
    String start;
    final Map<String, String> title = new LinkedHashMap<>();
    final Map<String, String> brief = new LinkedHashMap<>();
    final List<Competence> competences = new ArrayList<>();
    final List<Variable> variables = new ArrayList<>();
    final List<Node> nodes = new ArrayList<>();
    /** Untranslated Twine macros from an import, kept until the trainer marks them dealt with. */
    final List<ScenarioContent.ImportNote> importNotes = new ArrayList<>();

    static final class Competence {
        String name = "";
        final Map<String, String> label = new LinkedHashMap<>();
    }

    static final class Variable {
        String name = "";
        final Map<String, String> label = new LinkedHashMap<>();
        Integer start = 0;
        Integer min = 0;
        Integer max = 5;
    }

    static final class Node {
        String id;
        NodeType type;
        final Map<String, String> text = new LinkedHashMap<>();
        String next;
        final List<Route> routes = new ArrayList<>();
        final List<Choice> choices = new ArrayList<>();
        Outcome outcome;
        final Map<String, String> title = new LinkedHashMap<>();
        String image;
        final Map<String, String> alt = new LinkedHashMap<>();

        Node(String id, NodeType type) {
            this.id = id;
            this.type = type;
        }
    }

    static final class Route {
        String when = "";
        String to;
    }

    static final class Choice {
        final Map<String, String> text = new LinkedHashMap<>();
        final Map<String, String> feedback = new LinkedHashMap<>();
        final Map<String, Integer> scores = new LinkedHashMap<>();
        final Map<String, Integer> effects = new LinkedHashMap<>();
        String when;
        String to;
    }

    static EditableScenario from(ScenarioContent content) {
        EditableScenario scenario = new EditableScenario();
        scenario.key = content.key();
        scenario.importNotes.addAll(content.importNotes());
        scenario.cornerstone = content.cornerstone();
        for (String name : content.competences()) {
            Competence competence = new Competence();
            competence.name = name;
            competence.label.putAll(texts(content.competenceLabels().get(name)));
            scenario.competences.add(competence);
        }
        scenario.minutes = content.estimatedMinutes();
        scenario.defaultLanguage = content.defaultLanguage();
        scenario.showVariables = content.showVariables();
        scenario.allowBack = content.allowBack();
        scenario.certificate = content.certificate();
        scenario.start = content.start();
        scenario.title.putAll(texts(content.title()));
        scenario.brief.putAll(texts(content.brief()));
        for (ScenarioContent.Variable variable : content.variables()) {
            Variable editable = new Variable();
            editable.name = variable.name();
            editable.label.putAll(texts(variable.label()));
            editable.start = variable.start();
            editable.min = variable.min();
            editable.max = variable.max();
            scenario.variables.add(editable);
        }
        for (ScenarioContent.Node node : content.nodes()) {
            Node editable = new Node(node.id(), node.type());
            editable.text.putAll(texts(node.text()));
            editable.next = node.next();
            for (ScenarioContent.Route route : node.routes()) {
                Route item = new Route();
                item.when = route.when();
                item.to = route.to();
                editable.routes.add(item);
            }
            for (ScenarioContent.Choice choice : node.choices()) {
                Choice item = new Choice();
                item.text.putAll(texts(choice.text()));
                item.feedback.putAll(texts(choice.feedback()));
                item.scores.putAll(choice.scores());
                item.effects.putAll(choice.effects());
                item.when = choice.when();
                item.to = choice.to();
                editable.choices.add(item);
            }
            editable.outcome = node.outcome();
            editable.title.putAll(texts(node.title()));
            editable.image = node.image();
            editable.alt.putAll(texts(node.alt()));
            scenario.nodes.add(editable);
        }
        return scenario;
    }

    ScenarioContent toContent() {
        List<String> competenceList = competenceList();
        List<ScenarioContent.Variable> variableList = variables.stream().map(variable ->
                new ScenarioContent.Variable(variable.name == null ? "" : variable.name.strip(),
                        new Text(variable.label), number(variable.start), number(variable.min), number(variable.max)))
                .toList();
        List<ScenarioContent.Node> nodeList = new ArrayList<>();
        for (Node node : nodes) {
            boolean scene = node.type == NodeType.SCENE;
            boolean ending = node.type == NodeType.ENDING;
            List<ScenarioContent.Route> routes = scene ? node.routes.stream()
                    .map(route -> new ScenarioContent.Route(blankToNull(route.when), route.to)).toList() : List.of();
            List<ScenarioContent.Choice> choices = node.type == NodeType.CHOICE ? node.choices.stream()
                    .map(choice -> new ScenarioContent.Choice(new Text(choice.text), new Text(choice.feedback),
                            withoutZeros(choice.scores, competenceList), withoutZeros(choice.effects,
                                    variableList.stream().map(ScenarioContent.Variable::name).toList()),
                            blankToNull(choice.when), choice.to)).toList() : List.of();
            nodeList.add(new ScenarioContent.Node(node.id, node.type, new Text(node.text), scene ? node.next : null,
                    routes, choices, ending ? node.outcome : null, ending ? new Text(node.title) : null,
                    scene ? node.image : null, scene && node.image != null ? new Text(node.alt) : null));
        }
        Map<String, Text> labels = new LinkedHashMap<>();
        competences.stream().filter(competence -> !competence.label.isEmpty() && competence.name != null)
                .forEach(competence -> labels.putIfAbsent(competence.name.strip(), new Text(competence.label)));
        labels.values().removeIf(label -> label.byLanguage().values().stream().allMatch(String::isBlank));
        return new ScenarioContent(key, cornerstone, competenceList, labels, number(minutes), defaultLanguage,
                showVariables, allowBack, new Text(title), new Text(brief), variableList, start, nodeList, certificate,
                importNotes);
    }

    List<String> competenceList() {
        return competences.stream().map(competence -> competence.name == null ? "" : competence.name.strip())
                .filter(name -> !name.isEmpty()).distinct().toList();
    }

    List<String> nodeIds() {
        return nodes.stream().map(node -> node.id).toList();
    }

    /** A node id not used yet, from a base such as "scene". */
    String freeId(String base) {
        for (int number = 1; ; number++) {
            String candidate = base + "-" + number;
            if (!nodeIds().contains(candidate)) {
                return candidate;
            }
        }
    }

    /** Renames a node and every reference to it, so the graph stays connected. */
    void rename(Node node, String newId) {
        String old = node.id;
        node.id = newId;
        if (old == null || old.equals(newId)) {
            return;
        }
        if (old.equals(start)) {
            start = newId;
        }
        for (Node other : nodes) {
            if (old.equals(other.next)) {
                other.next = newId;
            }
            other.routes.stream().filter(route -> old.equals(route.to)).forEach(route -> route.to = newId);
            other.choices.stream().filter(choice -> old.equals(choice.to)).forEach(choice -> choice.to = newId);
        }
    }

    /** Entries for competences or variables no longer declared, and zeros, are left out. */
    private static Map<String, Integer> withoutZeros(Map<String, Integer> values, List<String> declared) {
        Map<String, Integer> kept = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null && value != 0 && declared.contains(name)) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    private static int number(Integer value) {
        return value == null ? 0 : value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, String> texts(Text text) {
        return text == null ? Map.of() : text.byLanguage();
    }
}
