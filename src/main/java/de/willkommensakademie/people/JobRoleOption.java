package de.willkommensakademie.people;

import java.util.Locale;

/** A job role as screens and other features see it. */
public record JobRoleOption(long id, String code, String nameDe, String nameEn, boolean builtIn) {

    /** Whether a text names this job role by its code or its German or English name. */
    public boolean matches(String text) {
        return code.equalsIgnoreCase(text) || nameDe.equalsIgnoreCase(text) || nameEn.equalsIgnoreCase(text);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDe;
    }
}
