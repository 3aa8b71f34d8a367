package de.willkommensakademie.onboarding;

import java.util.List;

import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.content.ContentDocument;

/** One version of a checklist template: for which job role, its phases and their items. */
public record TemplateContent(String key, String jobRole, Text title, Text description, List<Phase> phases)
        implements ContentDocument<TemplateContent> {

    public TemplateContent {
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    @Override
    public TemplateContent withKey(String newKey) {
        return new TemplateContent(newKey, jobRole, title, description, phases);
    }

    public record Phase(String key, Text title, List<Item> items) {
        public Phase {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /**
     * A task: {@code due} in days from the start date (negative before day 1); {@code module} or {@code scenario}
     * ticks it when completed; {@code signOff} needs the manager's confirmation.
     */
    public record Item(String key, Text title, Text description, Responsible who, int due, String module,
            String scenario, boolean signOff) {
    }
}
