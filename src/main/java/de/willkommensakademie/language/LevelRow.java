package de.willkommensakademie.language;

import java.time.LocalDate;

/** One of a person's levels as shown; {@code hasDocument}: an evidence file is stored. */
public record LevelRow(long id, long version, String language, Cefr overall, Cefr listening, Cefr reading,
        Cefr speaking, Cefr writing, Evidence evidence, LocalDate evidenceDate, LevelStatus status,
        boolean hasDocument) {
}
