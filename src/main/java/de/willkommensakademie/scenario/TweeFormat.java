package de.willkommensakademie.scenario;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.willkommensakademie.base.Slug;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.scenario.ScenarioContent.Choice;
import de.willkommensakademie.scenario.ScenarioContent.Node;
import de.willkommensakademie.scenario.ScenarioContent.NodeType;
import de.willkommensakademie.scenario.ScenarioContent.Outcome;

/**
 * Twee 3, the text format of Twine. What maps: passages become nodes, links become choices (or a scene's
 * continuation when a passage has one link), the tag {@code ending-good}, {@code ending-acceptable} or
 * {@code ending-poor} marks endings, the {@code StoryData} start passage becomes the start node. What Twee cannot
 * carry is left out on export and empty on import: the second language, feedback, scores, variables, conditions and
 * routes. So export and import give back the same graph, not the same scenario.
 */
public final class TweeFormat {

    private static final Pattern HEADER = Pattern.compile("^::\\s*(.+?)\\s*(?:\\[([^\\]]*)\\])?\\s*(\\{.*\\})?\\s*$");
    private static final Pattern LINK = Pattern.compile("\\[\\[(.+?)\\]\\]");
    private static final Pattern START = Pattern.compile("\"start\"\\s*:\\s*\"([^\"]+)\"");

    private TweeFormat() {
    }

    /** The scenario's graph in its default language as Twee 3. */
    public static String write(ScenarioContent scenario) {
        String language = scenario.defaultLanguage();
        StringBuilder twee = new StringBuilder();
        twee.append(":: StoryTitle\n").append(scenario.title().get(language)).append("\n\n");
        twee.append(":: StoryData\n{\n  \"ifid\": \"")
                .append(UUID.nameUUIDFromBytes(scenario.key().getBytes(StandardCharsets.UTF_8)).toString()
                        .toUpperCase(Locale.ROOT))
                .append("\",\n  \"format\": \"Harlowe\",\n  \"format-version\": \"3.3.9\",\n  \"start\": \"")
                .append(scenario.start()).append("\"\n}\n\n");
        for (Node node : scenario.nodes()) {
            String tag = switch (node.type()) {
                case SCENE -> "scene";
                case CHOICE -> "choice";
                case ENDING -> "ending-" + node.outcome().name().toLowerCase(Locale.ROOT);
            };
            twee.append(":: ").append(node.id()).append(" [").append(tag).append("]\n");
            if (node.type() == NodeType.ENDING) {
                twee.append("## ").append(node.title().get(language)).append("\n\n");
            }
            if (node.text() != null && node.text().has(language)) {
                twee.append(node.text().get(language).strip()).append('\n');
            }
            if (node.type() == NodeType.SCENE) {
                twee.append("[[").append(language.equals("de") ? "Weiter" : "Continue").append("->")
                        .append(node.next()).append("]]\n");
            }
            for (Choice choice : node.choices()) {
                twee.append("[[").append(choice.text().get(language).replace("]]", "] ]")).append("->")
                        .append(choice.to()).append("]]\n");
            }
            twee.append('\n');
        }
        return twee.toString();
    }

    /**
     * Reads a Twee 3 story as a draft scenario in the given language. Passage names become node ids (made safe as
     * lower-case words with hyphens); everything Twee cannot express is left for the editor.
     */
    public static ScenarioContent read(String twee, String key, String language) {
        Map<String, List<String>> passages = new LinkedHashMap<>();
        Map<String, String> tags = new LinkedHashMap<>();
        String current = null;
        for (String line : twee.replace("\r\n", "\n").split("\n", -1)) {
            Matcher header = HEADER.matcher(line);
            if (line.startsWith("::") && header.matches()) {
                current = header.group(1);
                passages.put(current, new ArrayList<>());
                tags.put(current, header.group(2) == null ? "" : header.group(2).strip());
            } else if (current != null) {
                passages.get(current).add(line);
            }
        }
        String title = String.join("\n", passages.getOrDefault("StoryTitle", List.of(key))).strip();
        Matcher startMatch = START.matcher(String.join("\n", passages.getOrDefault("StoryData", List.of())));
        String start = startMatch.find() ? startMatch.group(1) : passages.keySet().stream()
                .filter(name -> !name.startsWith("Story")).findFirst().orElse("start");
        List<Node> nodes = new ArrayList<>();
        for (var passage : passages.entrySet()) {
            if (passage.getKey().equals("StoryTitle") || passage.getKey().equals("StoryData")) {
                continue;
            }
            nodes.add(node(slug(passage.getKey()), passage.getValue(), tags.get(passage.getKey()), language));
        }
        return new ScenarioContent(key, "COMPETENCES", List.of(), 10, language, true, false,
                Text.of(language.equals("de") ? title : null, language.equals("en") ? title : null), Text.empty(),
                List.of(), slug(start), nodes);
    }

    private static Node node(String id, List<String> lines, String tags, String language) {
        List<String[]> links = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String title = null;
        for (String line : lines) {
            Matcher link = LINK.matcher(line);
            boolean onlyLinks = !line.isBlank() && LINK.matcher(line).replaceAll("").isBlank();
            while (link.find()) {
                links.add(parseLink(link.group(1)));
            }
            if (line.startsWith("## ") && title == null) {
                title = line.substring(3).strip();
            } else if (!onlyLinks) {
                text.append(LINK.matcher(line).replaceAll(match -> parseLink(match.group(1))[0])).append('\n');
            }
        }
        Text body = textIn(language, text.toString().strip());
        for (String tag : tags.split("\\s+")) {
            if (tag.startsWith("ending")) {
                Outcome outcome = switch (tag) {
                    case "ending-good" -> Outcome.GOOD;
                    case "ending-poor" -> Outcome.POOR;
                    default -> Outcome.ACCEPTABLE;
                };
                return new Node(id, NodeType.ENDING, body, null, List.of(), List.of(), outcome,
                        textIn(language, title == null ? id : title));
            }
        }
        if (links.size() == 1 && !tags.contains("choice")) {
            return new Node(id, NodeType.SCENE, body, slug(links.getFirst()[1]), List.of(), List.of(), null, null);
        }
        List<Choice> choices = links.stream().map(link -> new Choice(textIn(language, link[0]), Text.empty(), Map.of(),
                Map.of(), null, slug(link[1]))).toList();
        return new Node(id, NodeType.CHOICE, body, null, List.of(), choices, null, null);
    }

    /** {@code [[text->target]]}, {@code [[target<-text]]}, {@code [[text|target]]} or {@code [[target]]}. */
    private static String[] parseLink(String link) {
        int arrow = link.lastIndexOf("->");
        if (arrow >= 0) {
            return new String[] {link.substring(0, arrow).strip(), link.substring(arrow + 2).strip()};
        }
        int back = link.indexOf("<-");
        if (back >= 0) {
            return new String[] {link.substring(back + 2).strip(), link.substring(0, back).strip()};
        }
        int bar = link.lastIndexOf('|');
        if (bar >= 0) {
            return new String[] {link.substring(0, bar).strip(), link.substring(bar + 1).strip()};
        }
        return new String[] {link.strip(), link.strip()};
    }

    private static Text textIn(String language, String text) {
        return new Text(text == null || text.isBlank() ? Map.of() : Map.of(language, text));
    }

    /** Passage names become node ids; a name without letters or digits becomes "passage". */
    static String slug(String name) {
        String slug = Slug.of(name, Integer.MAX_VALUE);
        return slug.isEmpty() ? "passage" : slug;
    }
}
