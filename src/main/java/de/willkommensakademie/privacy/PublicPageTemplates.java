package de.willkommensakademie.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The default texts of the public pages (files in {@code privacy/}, German and English), and the placeholders an
 * administrator's text may use. Placeholders are filled when the page is shown, so a changed e-mail address appears
 * in the text at once.
 */
final class PublicPageTemplates {

    static final String PRIVACY_NOTICE = "privacy-notice";
    static final String LIMITATIONS = "accessibility-limitations";

    /** The placeholders, as written in a text; the editor lists them. */
    static final String AUTHORITY = "{authority}";
    static final String ADDRESS = "{address}";
    static final String EMAIL = "{email}";
    static final String OFFICER = "{officer}";
    static final String OFFICER_EMAIL = "{officer-email}";

    private PublicPageTemplates() {
    }

    /** The default text in the language ({@code de} for anything but English). */
    static String text(String name, Locale locale) {
        String language = "en".equals(locale.getLanguage()) ? "en" : "de";
        String file = "/privacy/" + name + "_" + language + ".md";
        try (InputStream in = PublicPageTemplates.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fills the placeholders; an empty value reads {@code missing}. Line breaks in an address become Markdown line
     * breaks, so a postal address keeps its lines.
     */
    static String fill(String markdown, Map<String, String> values, String missing) {
        String filled = markdown;
        for (Map.Entry<String, String> value : values.entrySet()) {
            String text = value.getValue() == null || value.getValue().isBlank() ? missing
                    : value.getValue().strip().replaceAll("\\R", "  \n");
            filled = filled.replace(value.getKey(), text);
        }
        return filled;
    }
}
