package de.willkommensakademie.language;

import java.util.List;
import java.util.Map;

/**
 * How many people of a manager's teams reach each level in each priority language (at least that level), counting
 * only verified levels and the first languages of people in the pool.
 */
public record Coverage(List<String> languages, Map<String, Map<Cefr, Long>> atLeast, long people) {

    public long count(String language, Cefr level) {
        return atLeast.getOrDefault(language, Map.of()).getOrDefault(level, 0L);
    }
}
