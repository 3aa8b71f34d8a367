package de.willkommensakademie.assessment.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.willkommensakademie.assessment.QuestionnaireContent;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.learning.Cornerstone;

/** The editor's working copy of a questionnaire, turned back into {@link QuestionnaireContent} on save. */
final class EditableQuestionnaire {

    private static final Map<Cornerstone, String> PREFIXES = Map.of(Cornerstone.SELF_IMAGE, "sb",
            Cornerstone.ORGANISATION, "bo", Cornerstone.APPEARANCE, "ae", Cornerstone.COMPETENCES, "ko",
            Cornerstone.NETWORKING, "ve");

    String key;
    String defaultLanguage;
    final Map<String, String> title = new LinkedHashMap<>();
    final Map<String, String> introduction = new LinkedHashMap<>();
    /** In questionnaire order; the editor shows them grouped by cornerstone, in this order within each. */
    final List<Statement> statements = new ArrayList<>();

    static final class Statement {
        String key;
        Cornerstone cornerstone;
        final Map<String, String> text = new LinkedHashMap<>();
        final Set<String> modules = new LinkedHashSet<>();
        final Set<String> scenarios = new LinkedHashSet<>();
    }

    static EditableQuestionnaire from(QuestionnaireContent content) {
        EditableQuestionnaire questionnaire = new EditableQuestionnaire();
        questionnaire.key = content.key();
        questionnaire.defaultLanguage = content.defaultLanguage();
        questionnaire.title.putAll(texts(content.title()));
        questionnaire.introduction.putAll(texts(content.introduction()));
        for (QuestionnaireContent.Statement statement : content.statements()) {
            Statement editable = new Statement();
            editable.key = statement.key();
            editable.cornerstone = statement.cornerstone();
            editable.text.putAll(texts(statement.text()));
            editable.modules.addAll(statement.modules());
            editable.scenarios.addAll(statement.scenarios());
            questionnaire.statements.add(editable);
        }
        return questionnaire;
    }

    QuestionnaireContent toContent() {
        return new QuestionnaireContent(key, new Text(stripped(title)), new Text(stripped(introduction)),
                defaultLanguage, statements.stream().map(statement -> new QuestionnaireContent.Statement(
                        statement.key, statement.cornerstone, new Text(stripped(statement.text)),
                        List.copyOf(statement.modules), List.copyOf(statement.scenarios))).toList());
    }

    List<Statement> of(Cornerstone cornerstone) {
        return statements.stream().filter(statement -> statement.cornerstone == cornerstone).toList();
    }

    /**
     * A new statement at the end of its cornerstone, under a key not used yet: the cornerstone's prefix as in the
     * shipped questionnaire ({@code sb-}, {@code bo-} …) and a number. The key stays when the text changes.
     */
    Statement add(Cornerstone cornerstone) {
        Statement statement = new Statement();
        statement.cornerstone = cornerstone;
        statement.key = freeKey(PREFIXES.get(cornerstone) + "-eigene");
        List<Statement> same = of(cornerstone);
        int position = same.isEmpty() ? statements.size() : statements.indexOf(same.getLast()) + 1;
        statements.add(position, statement);
        return statement;
    }

    /** Moves a statement before the previous ({@code by} = -1) or after the next (+1) one of its cornerstone. */
    void move(Statement statement, int by) {
        List<Statement> same = of(statement.cornerstone);
        int target = same.indexOf(statement) + by;
        if (target < 0 || target >= same.size()) {
            return;
        }
        Statement other = same.get(target);
        int here = statements.indexOf(statement);
        int there = statements.indexOf(other);
        statements.set(here, other);
        statements.set(there, statement);
    }

    /** Puts a statement under another cornerstone, at the end of that one's statements. */
    void changeCornerstone(Statement statement, Cornerstone cornerstone) {
        if (cornerstone == null || cornerstone == statement.cornerstone) {
            return;
        }
        statements.remove(statement);
        List<Statement> same = of(cornerstone);
        statement.cornerstone = cornerstone;
        statements.add(same.isEmpty() ? statements.size() : statements.indexOf(same.getLast()) + 1, statement);
    }

    private String freeKey(String base) {
        Set<String> used = new HashSet<>();
        statements.forEach(statement -> used.add(statement.key));
        for (int number = 1; ; number++) {
            if (!used.contains(base + "-" + number)) {
                return base + "-" + number;
            }
        }
    }

    private static Map<String, String> stripped(Map<String, String> texts) {
        Map<String, String> kept = new LinkedHashMap<>();
        texts.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                kept.put(language, text.strip());
            }
        });
        return kept;
    }

    private static Map<String, String> texts(Text text) {
        return text == null ? Map.of() : text.byLanguage();
    }
}
