package de.willkommensakademie.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.willkommensakademie.scenario.ScenarioContent.Node;
import de.willkommensakademie.scenario.ScenarioContent.NodeType;

/**
 * Draws a scenario as an SVG picture on the server: nodes in layers by their distance from the start, choices and
 * continuations as arrows, endings coloured by outcome. The picture has a title and a description and every node a
 * text label, so it is not only visual; colours are paired with the outcome written in the label.
 */
public final class ScenarioGraph {

    private static final int BOX_WIDTH = 190;
    private static final int BOX_HEIGHT = 54;
    private static final int GAP_X = 40;
    private static final int GAP_Y = 60;
    private static final Map<String, String> FILL = Map.of("SCENE", "#e8eef2", "CHOICE", "#fff4d6", "GOOD",
            "#d7efdd", "ACCEPTABLE", "#fde9c8", "POOR", "#f8d7d5");

    private ScenarioGraph() {
    }

    /**
     * The picture, with labels in the given language (falling back to the default language); the caller passes the
     * translated outcome names and a description for screen readers.
     */
    public static String svg(ScenarioContent scenario, Locale locale, Map<String, String> outcomeLabels,
            String description) {
        Map<String, Integer> layer = layers(scenario);
        Map<Integer, List<Node>> rows = new LinkedHashMap<>();
        int unreachableLayer = layer.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        for (Node node : scenario.nodes()) {
            rows.computeIfAbsent(layer.getOrDefault(node.id(), unreachableLayer), any -> new ArrayList<>()).add(node);
        }
        int columns = rows.values().stream().mapToInt(List::size).max().orElse(1);
        int width = columns * (BOX_WIDTH + GAP_X) + GAP_X;
        int height = (rows.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1) * (BOX_HEIGHT + GAP_Y)
                + GAP_Y;
        Map<String, int[]> position = new HashMap<>();
        rows.forEach((row, nodes) -> {
            int offset = (width - nodes.size() * (BOX_WIDTH + GAP_X) + GAP_X) / 2;
            for (int index = 0; index < nodes.size(); index++) {
                position.put(nodes.get(index).id(), new int[] {offset + index * (BOX_WIDTH + GAP_X),
                        GAP_Y / 2 + row * (BOX_HEIGHT + GAP_Y)});
            }
        });
        String title = scenario.title().in(locale, scenario.defaultLanguage());
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"graph-title graph-desc\" ")
                .append("viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\">")
                .append("<title id=\"graph-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"graph-desc\">").append(escape(description)).append("</desc>")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" ")
                .append("markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" ")
                .append("fill=\"#37424d\"/></marker></defs>");
        for (Node node : scenario.nodes()) {
            int[] from = position.get(node.id());
            for (String target : ScenarioRules.successors(node)) {
                int[] to = position.get(target);
                if (to == null) {
                    continue;
                }
                boolean route = node.routes().stream().anyMatch(r -> target.equals(r.to()));
                svg.append("<line x1=\"").append(from[0] + BOX_WIDTH / 2).append("\" y1=\"").append(from[1] + BOX_HEIGHT)
                        .append("\" x2=\"").append(to[0] + BOX_WIDTH / 2).append("\" y2=\"").append(to[1])
                        .append("\" stroke=\"#37424d\" stroke-width=\"1.5\"")
                        .append(route ? " stroke-dasharray=\"5 4\"" : "").append(" marker-end=\"url(#arrow)\"/>");
            }
        }
        for (Node node : scenario.nodes()) {
            int[] at = position.get(node.id());
            String kind = node.type() == NodeType.ENDING && node.outcome() != null ? node.outcome().name()
                    : String.valueOf(node.type());
            boolean ending = node.type() == NodeType.ENDING;
            String firstLine = ending ? outcomeLabels.getOrDefault(kind, kind) : node.id();
            String secondLine = ending ? node.title().in(locale, scenario.defaultLanguage()) : null;
            svg.append("<g class=\"node ").append(kind.toLowerCase(Locale.ROOT)).append("\"><title>")
                    .append(escape(firstLine + (secondLine == null ? "" : ": " + secondLine))).append("</title>")
                    .append("<rect x=\"").append(at[0]).append("\" y=\"").append(at[1]).append("\" width=\"")
                    .append(BOX_WIDTH).append("\" height=\"").append(BOX_HEIGHT).append("\" rx=\"8\" fill=\"")
                    .append(FILL.getOrDefault(kind, "#ffffff")).append("\" stroke=\"#37424d\"/>");
            if (secondLine == null) {
                text(svg, at[0] + BOX_WIDTH / 2, at[1] + BOX_HEIGHT / 2 + 5, firstLine, false);
            } else {
                text(svg, at[0] + BOX_WIDTH / 2, at[1] + BOX_HEIGHT / 2 - 4, firstLine, true);
                text(svg, at[0] + BOX_WIDTH / 2, at[1] + BOX_HEIGHT / 2 + 14, secondLine, false);
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Distance of each node from the start, following every edge regardless of conditions. */
    private static Map<String, Integer> layers(ScenarioContent scenario) {
        Map<String, Integer> layer = new HashMap<>();
        if (scenario.node(scenario.start()).isEmpty()) {
            return layer;
        }
        // Looked up by id: a linear search per edge made large graphs quadratic.
        Map<String, Node> byId = new HashMap<>();
        scenario.nodes().forEach(node -> byId.putIfAbsent(node.id(), node));
        layer.put(scenario.start(), 0);
        Deque<String> queue = new ArrayDeque<>(List.of(scenario.start()));
        while (!queue.isEmpty()) {
            String current = queue.poll();
            Optional.ofNullable(byId.get(current)).ifPresent(node -> ScenarioRules.successors(node).forEach(target -> {
                if (byId.containsKey(target) && !layer.containsKey(target)) {
                    layer.put(target, layer.get(current) + 1);
                    queue.add(target);
                }
            }));
        }
        return layer;
    }

    private static void text(StringBuilder svg, int x, int y, String text, boolean bold) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"middle\" ")
                .append("font-size=\"13\" font-family=\"sans-serif\" fill=\"#1b1f24\"")
                .append(bold ? " font-weight=\"bold\"" : "").append('>').append(escape(shorten(text)))
                .append("</text>");
    }

    private static String shorten(String label) {
        return label.length() <= 26 ? label : label.substring(0, 25) + "…";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
