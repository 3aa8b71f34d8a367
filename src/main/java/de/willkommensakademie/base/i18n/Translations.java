package de.willkommensakademie.base.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All UI text comes from {@code i18n/messages_de.properties} and {@code i18n/messages_en.properties}. German is the
 * default; any other requested language gets German, never the server's own locale.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(GERMAN, ENGLISH);
    static final String BUNDLE = "i18n.messages";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK);
        try {
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern
                    : new MessageFormat(pattern, bundle.getLocale()).format(localized(params, bundle.getLocale()));
        } catch (MissingResourceException missing) {
            log.warn("Missing translation {} for {}", key, bundle.getLocale());
            return "!" + key;
        }
    }

    /** MessageFormat knows only {@code java.util.Date}; a {@link LocalDate} argument is written the local way. */
    private static Object[] localized(Object[] params, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return Arrays.stream(params).map(param -> param instanceof LocalDate date ? dates.format(date) : param)
                .toArray();
    }

    /** The supported language closest to the requested one. */
    public static Locale supported(Locale requested) {
        if (requested != null && ENGLISH.getLanguage().equals(requested.getLanguage())) {
            return ENGLISH;
        }
        return GERMAN;
    }

    /** A stored language code ("de", "en") as a supported locale. */
    public static Locale fromCode(String code) {
        return supported(code == null ? null : Locale.forLanguageTag(code));
    }
}
