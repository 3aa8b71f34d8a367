package de.willkommensakademie.assessment.ui;

import java.util.Locale;

/** Escaping and number formatting shared by the server-drawn charts and their tables. */
final class Markup {

    private Markup() {
    }

    /** Statements and group names are typed by people: everything that could open markup is written as an entity. */
    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** A mean or spread as people read it: one decimal, in their language's notation (3,4 in German). */
    static String decimal(double value, Locale locale) {
        return String.format(locale, "%.1f", value);
    }

    /** A coordinate for SVG, always with a dot. */
    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
