package de.willkommensakademie.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.content.ContentDocument;
import de.willkommensakademie.learning.Cornerstone;

/**
 * One version of a self-assessment questionnaire: its statements, each under one of the five cornerstones and rated on
 * two scales (where do we stand, how relevant is it). Statement keys stay stable across versions: the change between
 * rounds compares statements by key.
 */
public record QuestionnaireContent(String key, Text title, Text introduction, String defaultLanguage,
        List<Statement> statements) implements ContentDocument<QuestionnaireContent> {

    public QuestionnaireContent {
        statements = statements == null ? List.of() : List.copyOf(statements);
    }

    @Override
    public QuestionnaireContent withKey(String newKey) {
        return new QuestionnaireContent(newKey, title, introduction, defaultLanguage, statements);
    }

    /** The statements under {@code cornerstone}, in questionnaire order. */
    public List<Statement> statementsOf(Cornerstone cornerstone) {
        return statements.stream().filter(statement -> statement.cornerstone() == cornerstone).toList();
    }

    /**
     * The introduction in the reader's language (else the default language), as paragraphs: a blank line in the text
     * starts a new one ({@code modules/README.md}).
     */
    public List<String> introductionParagraphs(Locale locale) {
        String text = introduction == null ? "" : introduction.in(locale, defaultLanguage);
        return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }

    /** The statement with this key, if this version has it (rounds and their changes compare statements by key). */
    public Optional<Statement> statement(String statementKey) {
        return statements.stream().filter(statement -> statement.key().equals(statementKey)).findFirst();
    }

    /**
     * A statement to rate; {@code modules} and {@code scenarios} are the keys of the learning modules and role-plays
     * that build the competence behind it (an action plan can assign them).
     */
    public record Statement(String key, Cornerstone cornerstone, Text text, List<String> modules,
            List<String> scenarios) {

        public Statement {
            modules = modules == null ? List.of() : List.copyOf(modules);
            scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        }
    }
}
