package de.willkommensakademie.assessment;

import java.util.Locale;

import de.willkommensakademie.base.Text;

/** A published questionnaire a round can be started with: its newest version's id and number, key and title. */
public record QuestionnaireChoice(long versionId, String key, Text title, int number) {

    public String title(Locale locale) {
        return title.in(locale, "de");
    }
}
