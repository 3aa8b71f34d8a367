package de.willkommensakademie.language;

import java.time.LocalDate;

/** A level as entered: the language by ISO code, the overall level, optional skills, evidence and its date. */
public record LevelForm(String language, Cefr overall, Cefr listening, Cefr reading, Cefr speaking, Cefr writing,
        Evidence evidence, LocalDate evidenceDate) {
}
