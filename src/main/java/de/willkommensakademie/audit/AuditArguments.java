package de.willkommensakademie.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The arguments of {@link AuditDetails} as stored: a JSON array where texts and numbers are themselves and every other
 * kind is an object naming its kind ({@code {"date": "2026-12-01"}}, {@code {"key": "role.ADMIN"}}, …).
 */
final class AuditArguments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditArguments() {
    }

    static String write(List<Object> arguments) {
        ArrayNode array = JSON.createArrayNode();
        for (Object argument : arguments) {
            switch (argument) {
                case String text -> array.add(text);
                case Integer number -> array.add(number);
                case Long number -> array.add(number);
                case LocalDate date -> array.addObject().put("date", date.toString());
                case Instant instant -> array.addObject().put("instant", instant.toString());
                case AuditDetails.Key key -> array.addObject().put("key", key.key());
                case AuditDetails.Keys keys -> {
                    ArrayNode names = array.addObject().putArray("keys");
                    keys.keys().forEach(names::add);
                }
                case AuditDetails.Bilingual text -> {
                    ObjectNode both = array.addObject();
                    both.put("de", text.german());
                    both.put("en", text.english());
                }
                default -> throw new IllegalArgumentException("Not an audit detail argument: " + argument);
            }
        }
        return JSON.writeValueAsString(array);
    }

    static List<Object> read(String stored) {
        List<Object> arguments = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return arguments;
        }
        for (JsonNode node : JSON.readTree(stored).valueStream().toList()) {
            arguments.add(shown(node));
        }
        return arguments;
    }

    private static Object shown(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (!node.isObject()) {
            return node.asString();
        }
        if (node.has("date")) {
            return LocalDate.parse(node.get("date").asString());
        }
        if (node.has("instant")) {
            return Instant.parse(node.get("instant").asString());
        }
        if (node.has("key")) {
            return new AuditDetails.Key(node.get("key").asString());
        }
        if (node.has("keys")) {
            return new AuditDetails.Keys(node.get("keys").valueStream().map(JsonNode::asString).toList());
        }
        return new AuditDetails.Bilingual(node.path("de").asString(""), node.path("en").asString(""));
    }
}
