package de.willkommensakademie.base;

import java.util.Locale;

/** What a search box becomes in a query: a lower-case {@code LIKE} pattern, or null for "no filter". */
public final class SearchText {

    private SearchText() {
    }

    public static String likePattern(String text) {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }
}
