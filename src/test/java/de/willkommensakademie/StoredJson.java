package de.willkommensakademie;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites stored content JSON with every object's keys in reverse order: what another JVM run writes when its
 * immutable maps iterate in another order. Same content, different text.
 */
public final class StoredJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredJson() {
    }

    /** Reverses the key order in the {@code content} column of every row of the table; returns how many changed. */
    public static int reverseKeyOrder(JdbcTemplate jdbc, String table) {
        int changed = 0;
        for (Map<String, Object> row : jdbc.queryForList("select id, content from " + table)) {
            String before = (String) row.get("content");
            String after = reversed(before);
            if (!after.equals(before)) {
                jdbc.update("update " + table + " set content = ? where id = ?", after, row.get("id"));
                changed++;
            }
        }
        return changed;
    }

    public static String reversed(String json) {
        return JSON.writeValueAsString(reverse(JSON.readTree(json)));
    }

    private static JsonNode reverse(JsonNode node) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
            Collections.reverse(fields);
            ObjectNode copy = JSON.createObjectNode();
            fields.forEach(field -> copy.set(field.getKey(), reverse(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(reverse(element)));
            return copy;
        }
        return node;
    }
}
