package de.willkommensakademie.language;

import java.time.LocalDate;

/**
 * A level as listings read it: everything but the evidence document's bytes (up to
 * {@link LanguageRegister#MAX_DOCUMENT_BYTES} each), which the entity would load with it (its lazy column is loaded
 * eagerly without bytecode enhancement). Only the download reads the document.
 */
record LevelFacts(long id, long version, long employeeId, String language, Cefr overall, Cefr listening,
        Cefr reading, Cefr speaking, Cefr writing, boolean firstLanguage, Evidence evidence, LocalDate evidenceDate,
        String documentType, LevelStatus status) {

    LevelRow row() {
        return new LevelRow(id, version, language, overall, listening, reading, speaking, writing, evidence,
                evidenceDate, status, documentType != null);
    }
}
