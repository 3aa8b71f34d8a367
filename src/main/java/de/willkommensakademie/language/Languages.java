package de.willkommensakademie.language;

import java.util.ArrayList;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Languages by ISO 639 code with names from the platform ({@link Locale}), never a hand-typed list. Dari has no
 * ISO 639-1 code and no name of its own in the JDK: it is the regional variant {@code fa-AF}, shown as
 * "Persian (Afghanistan)".
 */
public final class Languages {

    /** The default priority languages of an authority. */
    public static final List<String> DEFAULT_PRIORITY = List.of("en", "tr", "ar", "uk", "ru", "fa-AF", "ps", "ku",
            "sq");

    private Languages() {
    }

    /** Every language the platform knows, plus Dari, by code. */
    public static List<String> all() {
        ArrayList<String> codes = new ArrayList<>(Arrays.asList(Locale.getISOLanguages()));
        codes.add("fa-AF");
        return List.copyOf(codes);
    }

    public static boolean known(String code) {
        return code != null && all().contains(code);
    }

    public static String name(String code, Locale in) {
        Locale language = Locale.forLanguageTag(code);
        return language.getCountry().isEmpty() ? language.getDisplayLanguage(in) : language.getDisplayName(in);
    }

    public static Comparator<String> byName(Locale in) {
        return Comparator.comparing(code -> name(code, in), String.CASE_INSENSITIVE_ORDER);
    }
}
