package de.willkommensakademie.language;

import java.util.List;
import java.util.Map;

import de.willkommensakademie.visibility.PeopleCount;

/**
 * How many people of a manager's teams reach each level in each priority language (at least that level), counting
 * only verified levels and the first languages of people in the pool; as the authority's preset lets managers see
 * it (under a counts-only preset fewer than five people show as such, and so does the team's size).
 */
public record Coverage(List<String> languages, Map<String, Map<Cefr, PeopleCount>> atLeast, PeopleCount people) {

    /** The count as shown. */
    public PeopleCount shown(String language, Cefr level) {
        return atLeast.getOrDefault(language, Map.of()).getOrDefault(level, new PeopleCount(0, false));
    }

    /** The number shown, 0 where the count is hidden as fewer than five. */
    public long count(String language, Cefr level) {
        return shown(language, level).value();
    }
}
