package de.willkommensakademie.people;

import java.util.Locale;

/** A job role as screens and other features see it. */
public record JobRoleOption(long id, String code, String nameDe, String nameEn, boolean builtIn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDe;
    }
}
