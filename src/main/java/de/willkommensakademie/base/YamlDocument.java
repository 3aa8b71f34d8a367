package de.willkommensakademie.base;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads content files (module and scenario manifests) as YAML node trees, so every problem can name its line.
 * Problems go to the given sink with a translation key; reading goes on, so one pass reports all of them.
 */
public final class YamlDocument {

    /** Where problems go: the line (1-based, null when unknown), a translation key and its arguments. */
    public interface Problems {
        void at(Integer line, String messageKey, String... arguments);
    }

    private final Problems problems;

    public YamlDocument(Problems problems) {
        this.problems = problems;
    }

    /** The document's root mapping, or null after reporting why there is none. */
    public MappingNode root(String text) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException invalid) {
            problems.at(invalid.getProblemMark().getLine() + 1, "import.module.yaml", String.valueOf(invalid.getProblem()));
            return null;
        } catch (YAMLException invalid) {
            problems.at(null, "import.module.yaml", String.valueOf(invalid.getMessage()));
            return null;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.at(1, "import.module.not-a-map");
            return null;
        }
        return mapping;
    }

    /** The entries of a list field that are mappings; anything else is reported. */
    public List<MappingNode> mappings(MappingNode node, String field, boolean required) {
        Node value = node(node, field);
        List<MappingNode> items = new ArrayList<>();
        if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof MappingNode mapping) {
                    items.add(mapping);
                } else {
                    problems.at(line(item), "import.module.not-a-map");
                }
            }
        } else if (required || value != null) {
            missingOrWrong(node, field, value);
        }
        return items;
    }

    public Text text(MappingNode node, String field, boolean required) {
        Node value = node(node, field);
        if (value instanceof MappingNode map) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                String text = scalarValue(tuple.getValueNode());
                if (text == null) {
                    problems.at(line(tuple.getValueNode()), "import.module.text", field);
                } else {
                    texts.put(keyOf(tuple), text.strip());
                }
            }
            return new Text(texts);
        }
        if (required || value != null) {
            missingOrWrong(node, field, value);
        }
        return Text.empty();
    }

    public List<String> strings(MappingNode node, String field) {
        Node value = node(node, field);
        return value == null ? List.of() : strings(value, field);
    }

    public List<String> strings(Node value, String field) {
        if (!(value instanceof SequenceNode sequence)) {
            problems.at(line(value), "import.module.list", field);
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String text = scalarValue(item);
            if (text == null) {
                problems.at(line(item), "import.module.list", field);
            } else {
                strings.add(text.strip());
            }
        }
        return strings;
    }

    /** A map of names to whole numbers, such as scores or variable effects. */
    public Map<String, Integer> integers(MappingNode node, String field) {
        Node value = node(node, field);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        if (value instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                String number = scalarValue(tuple.getValueNode());
                try {
                    numbers.put(keyOf(tuple), Integer.parseInt(String.valueOf(number).strip().replace("+", "")));
                } catch (NumberFormatException notANumber) {
                    problems.at(line(tuple.getValueNode()), "import.module.number", field, String.valueOf(number));
                }
            }
        } else if (value != null) {
            missingOrWrong(node, field, value);
        }
        return numbers;
    }

    public int integer(MappingNode node, String field, boolean required, int fallback) {
        String value = scalar(node, field, required);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            problems.at(line(node(node, field)), "import.module.number", field, value);
            return fallback;
        }
    }

    public boolean bool(MappingNode node, String field, boolean fallback) {
        String value = scalar(node, field, false);
        if (value == null) {
            return fallback;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problems.at(line(node(node, field)), "import.module.boolean", field, value);
            return fallback;
        }
        return Boolean.parseBoolean(value);
    }

    public <E extends Enum<E>> E enumValue(MappingNode node, String field, Class<E> type, boolean required) {
        String value = scalar(node, field, required);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.at(line(node(node, field)), "import.module.choice", field, value);
            return null;
        }
    }

    public String scalar(MappingNode node, String field, boolean required) {
        Node value = node(node, field);
        String text = scalarValue(value);
        if (text == null && (required || value != null)) {
            missingOrWrong(node, field, value);
        }
        return text;
    }

    public void missingOrWrong(MappingNode parent, String field, Node value) {
        if (value == null) {
            problems.at(line(parent), "import.module.missing", field);
        } else {
            problems.at(line(value), "import.module.wrong-shape", field);
        }
    }

    public static Node node(MappingNode node, String field) {
        for (NodeTuple tuple : node.getValue()) {
            if (field.equals(keyOf(tuple))) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    public static String keyOf(NodeTuple tuple) {
        return scalarValue(tuple.getKeyNode());
    }

    public static String scalarValue(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    public static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
