package de.willkommensakademie.onboarding;

import java.util.List;

/** Something wrong with a template: the line in {@code onboarding.yaml} when read from a file, and a translation key. */
public record TemplateProblem(Integer line, String messageKey, List<String> arguments) {

    public TemplateProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
}
