package de.willkommensakademie.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.base.Text;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a questionnaire as the {@code questionnaire.yaml} that {@link QuestionnaireFileReader} reads: reading what
 * was written gives the same questionnaire back. An authority's adapted questionnaire can so be kept, reviewed outside
 * the app, or given to another office.
 */
final class QuestionnaireFileWriter {

    private QuestionnaireFileWriter() {
    }

    static String yaml(QuestionnaireContent questionnaire) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("key", questionnaire.key());
        root.put("defaultLanguage", questionnaire.defaultLanguage());
        putText(root, "title", questionnaire.title());
        putText(root, "introduction", questionnaire.introduction());
        root.put("statements", questionnaire.statements().stream().map(statement -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", statement.key());
            entry.put("cornerstone", statement.cornerstone() == null ? null : statement.cornerstone().name());
            putText(entry, "text", statement.text());
            putList(entry, "modules", statement.modules());
            putList(entry, "scenarios", statement.scenarios());
            return entry;
        }).toList());
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(options).dump(root);
    }

    private static void putText(Map<String, Object> entry, String field, Text text) {
        if (text == null) {
            return;
        }
        // German and English first, as people write these files; texts left empty are left out.
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (String language : List.of("de", "en")) {
            if (text.has(language)) {
                byLanguage.put(language, text.get(language));
            }
        }
        text.byLanguage().forEach((language, value) -> {
            if (text.has(language)) {
                byLanguage.putIfAbsent(language, value);
            }
        });
        if (!byLanguage.isEmpty()) {
            entry.put(field, byLanguage);
        }
    }

    private static void putList(Map<String, Object> entry, String field, List<String> values) {
        if (!values.isEmpty()) {
            entry.put(field, values);
        }
    }
}
