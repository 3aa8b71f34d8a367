package de.willkommensakademie.scenario;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * {@code ending-poor} marks endings, the {@code StoryData} start passage becomes the start node. Story-format code
 * (Harlowe, SugarCube, Chapbook) becomes variables, choice effects and choice conditions where it can; the rest is
 * removed from the texts and kept as import notes ({@link TwineMacros}). What Twee cannot carry is left out on export
 * and empty on import: the second language, feedback, scores and routes. So export and import give back the same
 * graph, not the same scenario.
 */
public final class TweeFormat {

    private static final Pattern HEADER = Pattern.compile("^::\\s*(.+?)\\s*(?:\\[([^\\]]*)\\])?\\s*(\\{.*\\})?\\s*$");
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
     * lower-case words with hyphens); story-format code is translated where the scenario can express it (see
     * {@link #readStory}), everything else Twee cannot express is left for the editor.
     */
    public static ScenarioContent read(String twee, String key, String language) {
        return readStory(twee, key, language);
    }

    /** Passages that Twine's story formats treat as code or page furniture, never as a place in the story. */
    private static final Set<String> SPECIAL_NAMES = Set.of("StoryTitle", "StoryData", "StoryInit", "StoryMenu",
            "StoryCaption", "StoryBanner", "StorySubtitle", "StoryAuthor", "StoryInterface", "StoryShare",
            "PassageReady", "PassageDone", "PassageHeader", "PassageFooter");
    private static final Set<String> SPECIAL_TAGS = Set.of("script", "stylesheet", "widget", "startup",
            "debug-startup", "header", "footer", "debug-header", "debug-footer", "twine.private");
    /** Where a story's variables get their first values: SugarCube's StoryInit, Harlowe's startup passages. */
    private static final Set<String> INIT_TAGS = Set.of("startup", "debug-startup");
    private static final char LINK_START = '\u0001';
    private static final char LINK_END = '\u0002';

    /**
     * Reads a Twee 3 story with the code of the Harlowe, SugarCube and Chapbook story formats: assignments of whole
     * numbers or true/false in the start passage (or StoryInit, startup passages, Chapbook's vars section) become
     * variables with that start value; changes on entering another passage become effects of the choices leading
     * there; links inside simple conditionals become choices with that condition. Everything else is removed from
     * what players see and kept as an {@link ScenarioContent.ImportNote} naming the passage.
     */
    static ScenarioContent readStory(String twee, String key, String language) {
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
                .filter(name -> !isSpecial(name, tags.get(name))).findFirst().orElse("start");

        List<ScenarioContent.ImportNote> notes = new ArrayList<>();
        Map<String, Story.Passage> read = new LinkedHashMap<>();
        Story story = new Story();
        for (var passage : passages.entrySet()) {
            String name = passage.getKey();
            String body = String.join("\n", passage.getValue());
            if (name.equals("StoryTitle") || name.equals("StoryData")) {
                continue;
            }
            boolean init = name.equals("StoryInit") || Arrays.stream(tags.get(name).split("\\s+"))
                    .anyMatch(tag -> INIT_TAGS.contains(tag.toLowerCase(Locale.ROOT)));
            if (isSpecial(name, tags.get(name)) && !init) {
                if (!body.isBlank()) {
                    notes.add(new ScenarioContent.ImportNote(null, name, null));
                }
                continue;
            }
            Story.Passage result = story.read(name, init ? null : slug(name), body, init || name.equals(start));
            notes.addAll(result.notes);
            if (!init) {
                read.put(name, result);
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (var passage : read.entrySet()) {
            nodes.add(node(slug(passage.getKey()), passage.getValue(), tags.get(passage.getKey()), language));
        }
        nodes = story.attachEffects(nodes, read, notes);
        List<ScenarioContent.Variable> variables = story.variables(language);
        return new ScenarioContent(key, "COMPETENCES", List.of(), Map.of(), 10, language, true, false,
                Text.of(language.equals("de") ? title : null, language.equals("en") ? title : null), Text.empty(),
                variables, slug(start), nodes, false, notes);
    }

    private static boolean isSpecial(String name, String tags) {
        return SPECIAL_NAMES.contains(name) || Arrays.stream((tags == null ? "" : tags).split("\\s+"))
                .anyMatch(tag -> SPECIAL_TAGS.contains(tag.toLowerCase(Locale.ROOT)));
    }

    private static Node node(String id, Story.Passage passage, String tags, String language) {
        StringBuilder text = new StringBuilder();
        String title = null;
        for (String line : passage.text.split("\n", -1)) {
            boolean onlyLinks = line.indexOf(LINK_START) >= 0
                    && line.replaceAll(LINK_START + "[^" + LINK_END + "]*" + LINK_END, "").isBlank();
            String plain = line.replace(String.valueOf(LINK_START), "").replace(String.valueOf(LINK_END), "")
                    .stripTrailing();
            if (plain.startsWith("## ") && title == null) {
                title = plain.substring(3).strip();
            } else if (!onlyLinks) {
                text.append(plain).append('\n');
            }
        }
        Text body = textIn(language, text.toString().replaceAll("\n{3,}", "\n\n").strip());
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
        List<Story.Out> links = passage.links;
        if (links.size() == 1 && !tags.contains("choice") && links.getFirst().when() == null
                && links.getFirst().effects().isEmpty()) {
            return new Node(id, NodeType.SCENE, body, slug(links.getFirst().target()), List.of(), List.of(), null,
                    null);
        }
        List<Choice> choices = links.stream().map(link -> new Choice(textIn(language, link.text()), Text.empty(),
                Map.of(), link.effects(), link.when(), slug(link.target()))).toList();
        return new Node(id, NodeType.CHOICE, body, null, List.of(), choices, null, null);
    }

    /** What the story's code adds up to: variables, their first values and changes on entering passages. */
    private static final class Story {

        /** A link leaving a passage: its condition (null: always) and changes it makes. */
        record Out(String text, String target, String when, Map<String, Integer> effects) {
        }

        static final class Passage {
            final String name;
            final String node;
            final StringBuilder words = new StringBuilder();
            String text;
            final List<Out> links = new ArrayList<>();
            final List<TwineMacros.Assign> onEntry = new ArrayList<>();
            final List<ScenarioContent.ImportNote> notes = new ArrayList<>();

            Passage(String name, String node) {
                this.name = name;
                this.node = node;
            }

            void note(String raw) {
                ScenarioContent.ImportNote note = new ScenarioContent.ImportNote(node, name, TwineMacros.shorten(raw));
                if (!notes.contains(note)) {
                    notes.add(note);
                }
            }
        }

        private final Map<String, Integer> starts = new LinkedHashMap<>();
        private final Set<String> booleans = new HashSet<>();
        private final Set<String> used = new LinkedHashSet<>();
        private final Map<String, int[]> seen = new HashMap<>();

        Passage read(String name, String node, String body, boolean initial) {
            Passage passage = new Passage(name, node);
            walk(TwineMacros.passage(body), null, null, passage, initial);
            String text = passage.words.toString();
            // Whatever code is still in the text (nothing should be) is removed and listed too.
            for (var leftover = TwineMacros.find(text); leftover.isPresent(); leftover = TwineMacros.find(text)) {
                passage.note(leftover.get());
                text = text.replace(leftover.get(), "");
                if (TwineMacros.find(text).filter(leftover.get()::equals).isPresent()) {
                    break;
                }
            }
            passage.text = text;
            return passage;
        }

        private void walk(List<TwineMacros.Part> parts, String when, String conditionalRaw, Passage passage,
                boolean initial) {
            boolean textNoted = false;
            for (TwineMacros.Part part : parts) {
                switch (part) {
                    case TwineMacros.Words words -> {
                        if (when == null) {
                            passage.words.append(words.text());
                        } else if (!words.text().isBlank() && !textNoted) {
                            // The scenario has no text shown only under a condition.
                            passage.note(conditionalRaw);
                            textNoted = true;
                        }
                    }
                    case TwineMacros.Link link -> {
                        Map<String, Integer> effects = new LinkedHashMap<>();
                        if (link.setterRaw() != null) {
                            if (link.setter() != null && link.setter().relative()) {
                                remember(link.setter());
                                effects.put(link.setter().variable(), link.setter().value());
                            } else {
                                passage.note(link.setterRaw());
                            }
                        }
                        if (when != null) {
                            Condition.parse(when).variables().forEach(used::add);
                        }
                        passage.links.add(new Out(link.text(), link.target(), when, effects));
                        if (when == null) {
                            passage.words.append(LINK_START).append(link.text()).append(LINK_END);
                        }
                    }
                    case TwineMacros.Assign assign -> {
                        remember(assign);
                        if (when != null) {
                            passage.note(conditionalRaw);
                        } else if (initial && !assign.relative() && !starts.containsKey(assign.variable())) {
                            starts.put(assign.variable(), assign.value());
                        } else if (initial) {
                            passage.note(assign.raw());
                        } else {
                            passage.onEntry.add(assign);
                        }
                    }
                    case TwineMacros.Conditional conditional -> {
                        for (TwineMacros.Branch branch : conditional.branches()) {
                            String combined = when == null ? branch.condition()
                                    : "(" + when + ") and (" + branch.condition() + ")";
                            walk(branch.body(), combined, conditional.raw(), passage, initial);
                        }
                    }
                    case TwineMacros.Untranslated untranslated -> passage.note(untranslated.raw());
                }
            }
        }

        private void remember(TwineMacros.Assign assign) {
            used.add(assign.variable());
            if (assign.bool()) {
                booleans.add(assign.variable());
            }
            if (!assign.relative()) {
                seen.merge(assign.variable(), new int[] {assign.value(), assign.value()},
                        (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            }
        }

        /** Bounds: 0 to 1 for true/false, else from 0 (or the lowest value set) to 10 (or the highest). */
        private int[] bounds(String variable) {
            if (booleans.contains(variable)) {
                return new int[] {0, 1};
            }
            int[] values = seen.getOrDefault(variable, new int[] {0, 0});
            int start = starts.getOrDefault(variable, 0);
            return new int[] {Math.min(0, Math.min(values[0], start)), Math.max(10, Math.max(values[1], start))};
        }

        /**
         * Changes on entering a passage go onto every choice leading there. An absolute value can be written as a
         * change only when it is a bound of the variable (clamping does the rest: true/false always are).
         */
        List<Node> attachEffects(List<Node> nodes, Map<String, Passage> passages, List<ScenarioContent.ImportNote> notes) {
            Map<String, Map<String, Integer>> entry = new HashMap<>();
            for (Passage passage : passages.values()) {
                Map<String, Integer> effects = new LinkedHashMap<>();
                for (TwineMacros.Assign assign : passage.onEntry) {
                    int[] bounds = bounds(assign.variable());
                    Integer change = assign.relative() ? Integer.valueOf(assign.value())
                            : assign.value() == bounds[1] ? Integer.valueOf(bounds[1] - bounds[0])
                            : assign.value() == bounds[0] ? Integer.valueOf(bounds[0] - bounds[1]) : null;
                    if (change == null) {
                        notes.add(new ScenarioContent.ImportNote(passage.node, passage.name, assign.raw()));
                    } else {
                        effects.merge(assign.variable(), change, Integer::sum);
                    }
                }
                if (!effects.isEmpty()) {
                    entry.put(passage.node, effects);
                }
            }
            Set<String> carried = new HashSet<>();
            nodes.forEach(node -> node.choices().forEach(choice -> carried.add(choice.to())));
            for (Passage passage : passages.values()) {
                if (entry.containsKey(passage.node) && !carried.contains(passage.node)) {
                    // No choice leads there, so nothing can carry the change: say so rather than lose it.
                    passage.onEntry.forEach(assign -> notes.add(new ScenarioContent.ImportNote(passage.node,
                            passage.name, assign.raw())));
                }
            }
            List<Node> result = new ArrayList<>();
            for (Node node : nodes) {
                if (node.type() == NodeType.SCENE && entry.containsKey(node.next())) {
                    Passage target = passages.values().stream().filter(p -> p.node.equals(node.next())).findFirst()
                            .orElseThrow();
                    target.onEntry.forEach(assign -> notes.add(new ScenarioContent.ImportNote(node.id(), target.name,
                            assign.raw())));
                }
                List<Choice> choices = node.choices().stream().map(choice -> {
                    Map<String, Integer> effects = new LinkedHashMap<>(choice.effects());
                    entry.getOrDefault(choice.to(), Map.of()).forEach((name, change) -> effects.merge(name, change,
                            Integer::sum));
                    return new Choice(choice.text(), choice.feedback(), choice.scores(), effects, choice.when(),
                            choice.to());
                }).toList();
                result.add(new Node(node.id(), node.type(), node.text(), node.next(), node.routes(), choices,
                        node.outcome(), node.title(), node.image(), node.alt()));
            }
            return result;
        }

        /** Every variable the story sets or tests, labelled with its own name. */
        List<ScenarioContent.Variable> variables(String language) {
            return used.stream().map(name -> {
                int[] bounds = bounds(name);
                int start = Math.max(bounds[0], Math.min(bounds[1], starts.getOrDefault(name, 0)));
                return new ScenarioContent.Variable(name, textIn(language, name), start, bounds[0], bounds[1]);
            }).toList();
        }
    }

    /** {@code [[text->target]]}, {@code [[target<-text]]}, {@code [[text|target]]} or {@code [[target]]}. */
    static String[] parseLink(String link) {
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
