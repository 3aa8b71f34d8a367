package de.willkommensakademie.onboarding.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.base.Text;
import de.willkommensakademie.onboarding.Responsible;
import de.willkommensakademie.onboarding.TemplateContent;

/** The editor's working copy of a checklist template, turned back into {@link TemplateContent} on save. */
final class EditableTemplate {

    String key;
    String jobRole;
    final Map<String, String> title = new LinkedHashMap<>();
    final Map<String, String> description = new LinkedHashMap<>();
    final List<Phase> phases = new ArrayList<>();

    static final class Phase {
        String key;
        final Map<String, String> title = new LinkedHashMap<>();
        final List<Item> items = new ArrayList<>();
    }

    static final class Item {
        String key;
        final Map<String, String> title = new LinkedHashMap<>();
        final Map<String, String> description = new LinkedHashMap<>();
        Responsible who = Responsible.EMPLOYEE;
        Integer due = 0;
        String module;
        String scenario;
        boolean signOff;
    }

    static EditableTemplate from(TemplateContent content) {
        EditableTemplate template = new EditableTemplate();
        template.key = content.key();
        template.jobRole = content.jobRole();
        template.title.putAll(texts(content.title()));
        template.description.putAll(texts(content.description()));
        for (TemplateContent.Phase phase : content.phases()) {
            Phase editable = new Phase();
            editable.key = phase.key();
            editable.title.putAll(texts(phase.title()));
            for (TemplateContent.Item item : phase.items()) {
                Item line = new Item();
                line.key = item.key();
                line.title.putAll(texts(item.title()));
                line.description.putAll(texts(item.description()));
                line.who = item.who();
                line.due = item.due();
                line.module = item.module();
                line.scenario = item.scenario();
                line.signOff = item.signOff();
                editable.items.add(line);
            }
            template.phases.add(editable);
        }
        return template;
    }

    TemplateContent toContent() {
        return new TemplateContent(key, jobRole, new Text(title), new Text(description), phases.stream()
                .map(phase -> new TemplateContent.Phase(phase.key, new Text(phase.title), phase.items.stream()
                        .map(item -> new TemplateContent.Item(item.key, new Text(item.title),
                                new Text(item.description), item.who, item.due == null ? 0 : item.due,
                                blankToNull(item.module), blankToNull(item.scenario), item.signOff)).toList()))
                .toList());
    }

    /** A key not used yet in the template, from a base such as "item". */
    String freeKey(String base) {
        List<String> used = new ArrayList<>();
        phases.forEach(phase -> {
            used.add(phase.key);
            phase.items.forEach(item -> used.add(item.key));
        });
        for (int number = 1; ; number++) {
            if (!used.contains(base + "-" + number)) {
                return base + "-" + number;
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, String> texts(Text text) {
        return text == null ? Map.of() : text.byLanguage();
    }
}
