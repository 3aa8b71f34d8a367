package de.willkommensakademie.team;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.visibility.VisibilityPreset;
import de.willkommensakademie.visibility.VisibilityRules;
import de.willkommensakademie.visibility.VisibilityRules.Record;
import de.willkommensakademie.visibility.VisibilityRules.Sight;
import de.willkommensakademie.visibility.VisibilityRules.Viewer;

/**
 * {@link VisibilityRules} in words, as screens show it and as {@code docs/visibility.md} prints it for a staff
 * agreement. The document's tables are generated here, so the document cannot say something the code does not do.
 */
public final class VisibilityTable {

    /** The table's columns, in the order a staff council reads them. */
    public static final List<Viewer> VIEWERS = List.of(Viewer.MANAGER, Viewer.ADMIN, Viewer.TRAINER, Viewer.SELF);

    private static final Translations TRANSLATIONS = new Translations();

    private VisibilityTable() {
    }

    /** The translation key of what {@code viewer} sees of {@code record} under {@code preset}. */
    public static String cellKey(Viewer viewer, Record record, VisibilityPreset preset) {
        Sight sight = VisibilityRules.sight(viewer, record, preset);
        return viewer == Viewer.SELF && sight == Sight.PER_PERSON ? "visibility.sight.own"
                : "visibility.sight." + sight.name();
    }

    /** The translation key of a record's name in plain words. */
    public static String recordKey(Record record) {
        return "visibility.record." + record.name();
    }

    /** One table per preset, with what managers and administrators see in words, as Markdown in {@code locale}. */
    public static String markdown(Locale locale) {
        StringBuilder text = new StringBuilder();
        for (VisibilityPreset preset : VisibilityPreset.values()) {
            text.append("### ").append(t(locale, preset.nameKey())).append(" (`").append(preset.name())
                    .append("`)");
            if (preset == VisibilityPreset.DEFAULT) {
                text.append(" – ").append(t(locale, "visibility.doc.default"));
            }
            text.append("\n\n");
            text.append("- **").append(t(locale, "visibility.label.managers")).append(":** ")
                    .append(t(locale, "visibility.preset." + preset.name() + ".managers")).append('\n');
            text.append("- **").append(t(locale, "visibility.label.admins")).append(":** ")
                    .append(t(locale, "visibility.preset." + preset.name() + ".admins")).append('\n');
            text.append("- **").append(t(locale, "visibility.label.nobody")).append(":** ")
                    .append(t(locale, "visibility.nobody")).append("\n\n");
            text.append("| ").append(t(locale, "visibility.column.record"));
            VIEWERS.forEach(viewer -> text.append(" | ").append(t(locale, "visibility.viewer." + viewer.name())));
            text.append(" |\n|---");
            VIEWERS.forEach(viewer -> text.append("|---"));
            text.append("|\n");
            for (Record record : Record.values()) {
                text.append("| ").append(t(locale, recordKey(record)));
                VIEWERS.forEach(viewer -> text.append(" | ").append(t(locale, cellKey(viewer, record, preset))));
                text.append(" |\n");
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** The marker lines around the generated block of one language in {@code docs/visibility.md}. */
    static String begin(Locale locale) {
        return "<!-- generated from VisibilityRules (" + locale.getLanguage() + "): begin -->";
    }

    static String end(Locale locale) {
        return "<!-- generated from VisibilityRules (" + locale.getLanguage() + "): end -->";
    }

    /** The generated block of one language as the document holds it now, or null when its markers are missing. */
    public static String block(String document, Locale locale) {
        Matcher matcher = blockPattern(locale).matcher(document);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The document with each language's block replaced by what the rules say now. */
    public static String regenerate(String document) {
        String result = document;
        for (Locale locale : Translations.SUPPORTED) {
            Matcher matcher = blockPattern(locale).matcher(result);
            if (!matcher.find()) {
                throw new IllegalArgumentException("Markers missing: " + begin(locale));
            }
            result = result.substring(0, matcher.start(1)) + "\n" + markdown(locale) + result.substring(matcher.end(1));
        }
        return result;
    }

    private static Pattern blockPattern(Locale locale) {
        return Pattern.compile(Pattern.quote(begin(locale)) + "(.*?)" + Pattern.quote(end(locale)), Pattern.DOTALL);
    }

    private static String t(Locale locale, String key) {
        return TRANSLATIONS.getTranslation(key, locale);
    }
}
