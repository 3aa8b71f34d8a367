package de.willkommensakademie.assessment;

import java.util.LinkedHashMap;
import java.util.Map;

import de.willkommensakademie.learning.Cornerstone;

/**
 * One person's answers while they fill them in: per statement key the value on each scale (null: not chosen yet,
 * 0: cannot judge, 1–5), and a comment per cornerstone. Kept as the draft until submitted; then only counters remain.
 */
public record AnswerSheet(Map<String, Rating> ratings, Map<Cornerstone, String> comments) {

    public static final int COMMENT_LENGTH = 2000;
    public static final int CANNOT_JUDGE = 0;

    public AnswerSheet {
        ratings = ratings == null ? Map.of() : Map.copyOf(withoutNulls(ratings));
        comments = comments == null ? Map.of() : Map.copyOf(withoutNulls(comments));
    }

    public static AnswerSheet empty() {
        return new AnswerSheet(Map.of(), Map.of());
    }

    public Rating rating(String statementKey) {
        return ratings.getOrDefault(statementKey, new Rating(null, null));
    }

    /** A statement's values; null on a scale means not chosen yet. */
    public record Rating(Integer current, Integer importance) {
    }

    private static <K, V> Map<K, V> withoutNulls(Map<K, V> map) {
        Map<K, V> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key != null && value != null) {
                copy.put(key, value);
            }
        });
        return copy;
    }
}
