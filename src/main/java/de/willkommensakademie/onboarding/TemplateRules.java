package de.willkommensakademie.onboarding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import de.willkommensakademie.base.content.AuthoredContent;

/** What a template needs before it can be published: keys, texts in German, who does each item and when. */
public final class TemplateRules {

    static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** An item is due this many days before to after the start date: checked here, the editor's bounds. */
    public static final int EARLIEST = -90;
    public static final int LATEST = 365;
    /** What the checklist items copied from a template hold (V6's columns); the editor's field limits. */
    public static final int TITLE_LENGTH = AuthoredContent.TITLE_LENGTH;
    public static final int DESCRIPTION_LENGTH = ChecklistItem.TEXT_LENGTH;

    private TemplateRules() {
    }

    static List<TemplateProblem> check(TemplateContent template) {
        List<TemplateProblem> problems = new ArrayList<>();
        if (template.key() == null || !KEY.matcher(template.key()).matches()) {
            problems.add(problem("onboarding.problem.key", String.valueOf(template.key())));
        }
        if (template.jobRole() == null || !KEY.matcher(template.jobRole()).matches()) {
            problems.add(problem("onboarding.problem.job-role", String.valueOf(template.jobRole())));
        }
        if (template.title() == null || !template.title().has("de")) {
            problems.add(problem("onboarding.problem.title"));
        }
        if (template.phases().isEmpty()) {
            problems.add(problem("onboarding.problem.no-items"));
        }
        Set<String> keys = new HashSet<>();
        for (TemplateContent.Phase phase : template.phases()) {
            if (phase.title() == null || !phase.title().has("de")) {
                problems.add(problem("onboarding.problem.phase-title", String.valueOf(phase.key())));
            }
            if (phase.items().isEmpty()) {
                problems.add(problem("onboarding.problem.empty-phase", phase.title() == null ? ""
                        : phase.title().get("de")));
            }
            for (TemplateContent.Item item : phase.items()) {
                String name = item.title() == null ? String.valueOf(item.key()) : item.title().get("de");
                if (item.key() == null || !KEY.matcher(item.key()).matches() || !keys.add(item.key())) {
                    problems.add(problem("onboarding.problem.item-key", String.valueOf(item.key())));
                }
                if (item.title() == null || !item.title().has("de")) {
                    problems.add(problem("onboarding.problem.item-title", String.valueOf(item.key())));
                }
                if (item.who() == null) {
                    problems.add(problem("onboarding.problem.who", name));
                }
                if (item.due() < EARLIEST || item.due() > LATEST) {
                    problems.add(problem("onboarding.problem.due", name, String.valueOf(EARLIEST),
                            String.valueOf(LATEST)));
                }
                if (item.module() != null && item.scenario() != null) {
                    problems.add(problem("onboarding.problem.two-links", name));
                }
            }
        }
        return problems;
    }

    private static TemplateProblem problem(String key, String... arguments) {
        return new TemplateProblem(null, key, List.of(arguments));
    }
}
