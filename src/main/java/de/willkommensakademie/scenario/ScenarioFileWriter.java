package de.willkommensakademie.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.content.MediaFile;
import de.willkommensakademie.scenario.ScenarioContent.Choice;
import de.willkommensakademie.scenario.ScenarioContent.Node;
import de.willkommensakademie.scenario.ScenarioContent.Route;
import de.willkommensakademie.scenario.ScenarioContent.Variable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a scenario in the file format {@link ScenarioFileReader} reads: {@code scenario.yaml} and, in a ZIP, the
 * scene images under {@code images/}. Reading what was written gives the same scenario back.
 */
final class ScenarioFileWriter {

    private ScenarioFileWriter() {
    }

    /** A ZIP with one folder named after the key, holding {@code scenario.yaml} and the images it names. */
    static byte[] zip(ScenarioContent scenario, Map<String, MediaFile> images) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            String folder = scenario.key() + "/";
            Map<String, String> paths = new LinkedHashMap<>();
            for (Node node : scenario.nodes()) {
                MediaFile image = node.image() == null ? null : images.get(node.image());
                if (image != null && !paths.containsKey(image.id())) {
                    String path = "images/" + image.id() + ("image/png".equals(image.contentType()) ? ".png"
                            : ".jpg");
                    paths.put(image.id(), path);
                    zip.putNextEntry(new ZipEntry(folder + path));
                    zip.write(image.data());
                    zip.closeEntry();
                }
            }
            zip.putNextEntry(new ZipEntry(folder + ScenarioFileReader.FILE));
            zip.write(yaml(scenario, paths).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    /** The scenario as {@code scenario.yaml}; {@code imagePaths} maps image ids to their file paths. */
    static String yaml(ScenarioContent scenario, Map<String, String> imagePaths) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("key", scenario.key());
        root.put("cornerstone", scenario.cornerstone());
        root.put("competences", scenario.competences());
        Map<String, Object> labels = new LinkedHashMap<>();
        scenario.competences().forEach(name -> putText(labels, name, scenario.competenceLabels().get(name)));
        if (!labels.isEmpty()) {
            root.put("competenceLabels", labels);
        }
        root.put("estimatedMinutes", scenario.estimatedMinutes());
        root.put("defaultLanguage", scenario.defaultLanguage());
        root.put("showVariables", scenario.showVariables());
        root.put("allowBack", scenario.allowBack());
        root.put("certificate", scenario.certificate());
        putText(root, "title", scenario.title());
        putText(root, "brief", scenario.brief());
        List<Object> variables = new ArrayList<>();
        for (Variable variable : scenario.variables()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", variable.name());
            putText(entry, "label", variable.label());
            entry.put("start", variable.start());
            entry.put("min", variable.min());
            entry.put("max", variable.max());
            variables.add(entry);
        }
        if (!variables.isEmpty()) {
            root.put("variables", variables);
        }
        root.put("start", scenario.start());
        root.put("nodes", scenario.nodes().stream().map(node -> node(node, imagePaths)).toList());
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(options).dump(root);
    }

    private static Map<String, Object> node(Node node, Map<String, String> imagePaths) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", node.id());
        entry.put("type", node.type() == null ? null : node.type().name().toLowerCase(Locale.ROOT));
        if (node.outcome() != null) {
            entry.put("outcome", node.outcome().name().toLowerCase(Locale.ROOT));
        }
        putText(entry, "title", node.title());
        putText(entry, "text", node.text());
        if (node.image() != null) {
            entry.put("image", imagePaths.getOrDefault(node.image(), node.image()));
            putText(entry, "alt", node.alt());
        }
        if (node.next() != null) {
            entry.put("next", node.next());
        }
        if (!node.routes().isEmpty()) {
            List<Object> routes = new ArrayList<>();
            for (Route route : node.routes()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("when", route.when());
                item.put("to", route.to());
                routes.add(item);
            }
            entry.put("routes", routes);
        }
        if (!node.choices().isEmpty()) {
            List<Object> choices = new ArrayList<>();
            for (Choice choice : node.choices()) {
                Map<String, Object> item = new LinkedHashMap<>();
                putText(item, "text", choice.text());
                putText(item, "feedback", choice.feedback());
                if (!choice.scores().isEmpty()) {
                    item.put("scores", new LinkedHashMap<>(choice.scores()));
                }
                if (!choice.effects().isEmpty()) {
                    item.put("effects", new LinkedHashMap<>(choice.effects()));
                }
                if (choice.when() != null) {
                    item.put("when", choice.when());
                }
                item.put("to", choice.to());
                choices.add(item);
            }
            entry.put("choices", choices);
        }
        return entry;
    }

    private static void putText(Map<String, Object> target, String field, Text text) {
        Map<String, String> texts = new TreeMap<>();
        if (text != null) {
            text.byLanguage().forEach((language, value) -> {
                if (value != null && !value.isBlank()) {
                    texts.put(language, value);
                }
            });
        }
        if (!texts.isEmpty()) {
            target.put(field, texts);
        }
    }
}
