package de.willkommensakademie.base;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A text in several content languages (language code → text). More languages need no schema change. */
public record Text(Map<String, String> byLanguage) {

    public Text {
        byLanguage = byLanguage == null ? Map.of() : Map.copyOf(byLanguage);
    }

    public static Text of(String german, String english) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (german != null && !german.isBlank()) {
            texts.put("de", german);
        }
        if (english != null && !english.isBlank()) {
            texts.put("en", english);
        }
        return new Text(texts);
    }

    public static Text empty() {
        return new Text(Map.of());
    }

    /** The text in the reader's language, else in the module's default language, else any. */
    public String in(Locale locale, String defaultLanguage) {
        String text = byLanguage.get(locale.getLanguage());
        if (text == null || text.isBlank()) {
            text = byLanguage.get(defaultLanguage);
        }
        if (text == null || text.isBlank()) {
            text = byLanguage.values().stream().findFirst().orElse("");
        }
        return text;
    }

    public boolean has(String language) {
        String text = byLanguage.get(language);
        return text != null && !text.isBlank();
    }

    public String get(String language) {
        return byLanguage.getOrDefault(language, "");
    }

}
