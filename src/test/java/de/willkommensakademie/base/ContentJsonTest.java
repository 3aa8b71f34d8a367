package de.willkommensakademie.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.StoredJson;
import org.junit.jupiter.api.Test;

/** The same content is the same stored JSON whatever order its maps happen to iterate in. */
class ContentJsonTest {

    record Doc(String key, Map<String, String> title, Map<String, Integer> scores) {
    }

    @Test
    void content_built_with_different_map_orders_is_written_as_the_same_text() {
        List<String> languages = List.of("de", "en", "tr", "ar", "uk", "ru", "fa", "ps", "ku", "sq", "fr", "es");
        Map<String, String> hashed = new HashMap<>();
        Map<String, Integer> hashedScores = new HashMap<>();
        languages.forEach(language -> hashed.put(language, "Titel " + language));
        languages.forEach(language -> hashedScores.put("competence-" + language, language.length()));
        Map<String, String> reversed = reversedCopy(hashed);
        Map<String, Integer> reversedScores = reversedCopy(hashedScores);
        assertThat(List.copyOf(reversed.keySet())).as("really another order")
                .isNotEqualTo(List.copyOf(hashed.keySet()));

        String one = ContentJson.mapper().writeValueAsString(new Doc("k", hashed, hashedScores));
        String other = ContentJson.mapper().writeValueAsString(new Doc("k", reversed, reversedScores));

        assertThat(one).isEqualTo(other);
    }

    @Test
    void stored_json_with_keys_in_another_order_is_the_same_content_and_a_changed_value_is_not() {
        String written = ContentJson.mapper().writeValueAsString(
                new Doc("k", Map.of("de", "Begrüßung", "en", "Welcome"), Map.of("empathy", 2, "law", 1)));
        String otherRun = StoredJson.reversed(written);
        assertThat(otherRun).isNotEqualTo(written);

        assertThat(ContentJson.same(otherRun, written)).isTrue();
        assertThat(ContentJson.same(otherRun.replace("Welcome", "Welcome!"), written)).isFalse();
        assertThat(ContentJson.same(otherRun.replace("2", "3"), written)).isFalse();
    }

    private static <V> Map<String, V> reversedCopy(Map<String, V> map) {
        List<String> keys = new ArrayList<>(map.keySet());
        Collections.reverse(keys);
        Map<String, V> copy = new LinkedHashMap<>();
        keys.forEach(key -> copy.put(key, map.get(key)));
        return copy;
    }
}
