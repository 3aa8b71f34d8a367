package de.willkommensakademie.base;

import java.text.Normalizer;
import java.util.Locale;

/** Keys and file names made from titles: lower-case ASCII letters, digits and dashes ("Übergänge" → "uebergaenge"). */
public final class Slug {

    private Slug() {
    }

    /** May be empty when the text has no letter or digit; callers choose their fallback. */
    public static String of(String text, int maxLength) {
        String ascii = Normalizer.normalize(text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe")
                .replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > maxLength ? slug.substring(0, maxLength).replaceAll("-$", "") : slug;
    }
}
