package de.willkommensakademie.base;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON in which modules, role-plays and onboarding templates are stored per version. Content maps (texts per
 * language, scores per competence) are immutable maps whose iteration order changes from one JVM run to the next,
 * so map entries are written sorted by key, and stored documents are compared as trees, never as strings: an
 * unchanged shipped file must never become a new version because an earlier run wrote its keys in another order.
 */
public final class ContentJson {

    private static final JsonMapper COMPARING = JsonMapper.builder().build();

    private ContentJson() {
    }

    /** A mapper that writes the same content as the same text, whatever order its maps hold their keys in. */
    public static JsonMapper mapper() {
        return JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    }

    /** Whether two stored documents hold the same content; the order of object keys does not count. */
    public static boolean same(String stored, String written) {
        if (stored == null || written == null) {
            return stored == written;
        }
        return stored.equals(written) || COMPARING.readTree(stored).equals(COMPARING.readTree(written));
    }
}
