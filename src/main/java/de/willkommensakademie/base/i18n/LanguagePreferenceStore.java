package de.willkommensakademie.base.i18n;

import java.util.Locale;

/** Remembers the UI language a person chose; implemented by the feature that owns accounts. */
public interface LanguagePreferenceStore {

    void storeLanguageOfCurrentUser(Locale language);
}
