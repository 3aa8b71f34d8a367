package de.willkommensakademie.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A notice's arguments as stored: a JSON array of texts, where a date is {@code {"date": "2026-12-01"}} so that it can
 * be written the reader's way when the notice is shown (an older notice with a date as plain text still reads).
 */
final class NoticeArguments {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DATE = "date";

    private NoticeArguments() {
    }

    static String write(List<?> arguments) {
        return JSON.writeValueAsString(arguments.stream().map(NoticeArguments::stored).toList());
    }

    static List<Object> read(String stored) {
        return JSON.readTree(stored).valueStream().map(NoticeArguments::shown).toList();
    }

    private static Object stored(Object argument) {
        return switch (argument) {
            case LocalDate date -> Map.of(DATE, date.toString());
            case String text -> text;
            case null -> "";
            default -> throw new IllegalArgumentException("A notice argument is a text or a date: " + argument);
        };
    }

    private static Object shown(JsonNode node) {
        return node.isObject() && node.has(DATE) ? LocalDate.parse(node.get(DATE).asString()) : node.asString();
    }
}
