package de.willkommensakademie.onboarding.ui;

import static de.willkommensakademie.base.ui.LanguageFields.sideBySide;
import static de.willkommensakademie.base.ui.LanguageFields.small;
import static de.willkommensakademie.base.ui.LanguageFields.text;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.DraftEditor;
import de.willkommensakademie.base.ui.LanguageFields;
import de.willkommensakademie.base.ui.LocalizedDatePicker;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.learning.ModuleLibrary;
import de.willkommensakademie.onboarding.OnboardingTemplates;
import de.willkommensakademie.onboarding.PreviewLine;
import de.willkommensakademie.onboarding.Responsible;
import de.willkommensakademie.onboarding.TemplateProblem;
import de.willkommensakademie.onboarding.TemplateRules;
import de.willkommensakademie.people.JobRoleOption;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.scenario.ScenarioPlay;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/**
 * Edits an authority's checklist template: title and job role, phases in order with their items (German and English
 * side by side, who, due day, optional module or role-play that ticks it, sign-off), a preview for a start date,
 * and publishing as a new version.
 */
@Route("onboarding/templates/edit")
@RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
class TemplateEditorView extends VerticalLayout implements HasUrlParameter<Long>, TranslatedTitle {

    private final transient OnboardingTemplates templates;
    private final transient JobRoleService jobRoles;
    private final transient Clock clock;
    private final Map<String, String> moduleTitles = new LinkedHashMap<>();
    private final Map<String, String> scenarioTitles = new LinkedHashMap<>();
    private long templateId;
    private long version;
    private EditableTemplate template;
    private final Div problems = new Div();
    private final Div phasesBox = new Div();
    private final Div preview = new Div();

    TemplateEditorView(OnboardingTemplates templates, JobRoleService jobRoles, ModuleLibrary modules,
            ScenarioPlay scenarios, CurrentUser currentUser, Clock clock) {
        this.templates = templates;
        this.jobRoles = jobRoles;
        this.clock = clock;
        addClassName("page");
        modules.find(null, ContentStatus.PUBLISHED, PageRequest.of(0, 500))
                .forEach(module -> moduleTitles.put(module.key(), module.title(getLocale())));
        if (currentUser.require().hasRole(Role.EMPLOYEE)) {
            scenarios.playable().forEach(scenario -> scenarioTitles.put(scenario.key(),
                    scenario.title(getLocale())));
        }
    }

    @Override
    public void setParameter(BeforeEvent navigation, Long id) {
        OnboardingTemplates.TemplateDraft draft = templates.draft(id);
        if (!draft.own()) {
            showShipped(id, draft);
            return;
        }
        templateId = id;
        version = draft.version();
        template = EditableTemplate.from(draft.content());
        removeAll();
        FlexLayout toolbar = DraftEditor.toolbar(this::save, () -> {
            save();
            showProblems(templates.check(templateId));
        }, () -> {
            save();
            List<TemplateProblem> found = templates.publish(templateId, version);
            version = templates.draft(templateId).version();
            showProblems(found);
            if (found.isEmpty()) {
                Notifications.success(getTranslation("module.published", template.title.get("de")));
            }
        });
        problems.getElement().setAttribute("role", "status");
        problems.addClassName("editor-problems");
        add(new Anchor("onboarding/templates", getTranslation("onboarding.templates.back")),
                new H2(getTranslation("onboarding.templates.edit", template.key)), toolbar, problems,
                DraftEditor.section("editor.tab.general", general()),
                DraftEditor.section("onboarding.templates.phases", phasesBox),
                DraftEditor.section("onboarding.templates.preview", previewForm(), preview));
        phases();
    }

    /** A shipped template opened by its address: say why it cannot be edited and offer the own copy instead. */
    private void showShipped(long id, OnboardingTemplates.TemplateDraft draft) {
        removeAll();
        String title = draft.content().title().in(getLocale(), "de");
        Button adapt = new Button(getTranslation("onboarding.templates.adapt"), event -> getUI()
                .ifPresent(ui -> ui.navigate(TemplateEditorView.class, templates.adapt(id))));
        adapt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        adapt.setAriaLabel(getTranslation("onboarding.templates.adapt") + ": " + title);
        add(new Anchor("onboarding/templates", getTranslation("onboarding.templates.back")),
                new H2(getTranslation("onboarding.templates.shipped", title)),
                new Paragraph(getTranslation("onboarding.error.shipped")), adapt);
    }

    private Component general() {
        FormLayout form = new FormLayout();
        LanguageFields.addRow(form, LanguageFields.row(language -> text(LanguageFields.label("module.field.title",
                language), template.title, language, TemplateRules.TITLE_LENGTH, () -> { })));
        LanguageFields.addRow(form, sideBySide("onboarding.templates.description", template.description,
                TemplateRules.DESCRIPTION_LENGTH));
        ComboBox<JobRoleOption> jobRole = new ComboBox<>(getTranslation("employee.field.job-role"));
        List<JobRoleOption> options = jobRoles.options();
        jobRole.setItems(options);
        jobRole.setItemLabelGenerator(option -> option.name(getLocale()));
        options.stream().filter(option -> option.code().equals(template.jobRole)).findFirst()
                .ifPresent(jobRole::setValue);
        jobRole.addValueChangeListener(event -> template.jobRole = event.getValue() == null ? null
                : event.getValue().code());
        form.add(jobRole);
        return form;
    }

    private void phases() {
        phasesBox.removeAll();
        for (int p = 0; p < template.phases.size(); p++) {
            EditableTemplate.Phase phase = template.phases.get(p);
            int phaseIndex = p;
            Div box = new Div();
            box.addClassName("editor-question");
            String phaseName = phase.title.getOrDefault("de", phase.key);
            FlexLayout head = new FlexLayout(new H4(phaseName),
                    small("editor.move-up", phaseName, () -> move(template.phases, phaseIndex, -1)),
                    small("editor.move-down", phaseName, () -> move(template.phases, phaseIndex, 1)),
                    small("editor.remove", phaseName, () -> {
                        template.phases.remove(phase);
                        phases();
                    }));
            head.addClassName("editor-row");
            FormLayout titles = LanguageFields.row(language -> text(
                    LanguageFields.label("onboarding.templates.phase-title", language), phase.title, language,
                    TemplateRules.TITLE_LENGTH,
                    () -> { }));
            box.add(head, titles);
            UnorderedList list = new UnorderedList();
            for (int i = 0; i < phase.items.size(); i++) {
                list.add(item(phase, i));
            }
            box.add(list, new Button(getTranslation("onboarding.templates.add-item"), event -> {
                EditableTemplate.Item item = new EditableTemplate.Item();
                item.key = template.freeKey("item");
                phase.items.add(item);
                phases();
            }));
            phasesBox.add(box);
        }
        phasesBox.add(new Button(getTranslation("onboarding.templates.add-phase"), event -> {
            EditableTemplate.Phase phase = new EditableTemplate.Phase();
            phase.key = template.freeKey("phase");
            template.phases.add(phase);
            phases();
        }));
    }

    private ListItem item(EditableTemplate.Phase phase, int index) {
        EditableTemplate.Item item = phase.items.get(index);
        String name = item.title.getOrDefault("de", item.key);
        Select<Responsible> who = new Select<>();
        who.setLabel(getTranslation("onboarding.field.who"));
        who.setItems(Responsible.values());
        who.setItemLabelGenerator(value -> getTranslation("onboarding.who." + value.name()));
        who.setValue(item.who);
        who.addValueChangeListener(event -> item.who = event.getValue());
        IntegerField due = new IntegerField(getTranslation("onboarding.templates.due-day"));
        due.setHelperText(getTranslation("onboarding.templates.due-day.helper"));
        due.setMin(TemplateRules.EARLIEST);
        due.setMax(TemplateRules.LATEST);
        due.setValue(item.due);
        due.addValueChangeListener(event -> item.due = event.getValue());
        ComboBox<String> module = link("onboarding.templates.module", moduleTitles, item.module);
        module.addValueChangeListener(event -> item.module = event.getValue());
        ComboBox<String> scenario = link("onboarding.templates.scenario", scenarioTitles, item.scenario);
        scenario.addValueChangeListener(event -> item.scenario = event.getValue());
        Checkbox signOff = new Checkbox(getTranslation("onboarding.templates.sign-off"), item.signOff);
        signOff.addValueChangeListener(event -> item.signOff = event.getValue());
        FlexLayout settings = new FlexLayout(who, due, module, scenario, signOff,
                small("editor.move-up", name, () -> move(phase.items, index, -1)),
                small("editor.move-down", name, () -> move(phase.items, index, 1)),
                small("editor.remove", name, () -> {
                    phase.items.remove(item);
                    phases();
                }));
        settings.addClassName("editor-row");
        FormLayout titles = LanguageFields.row(language -> text(LanguageFields.label("onboarding.field.title",
                language), item.title, language, TemplateRules.TITLE_LENGTH, () -> { }));
        ListItem entry = new ListItem(titles, sideBySide("onboarding.templates.item-description", item.description,
                TemplateRules.DESCRIPTION_LENGTH), settings);
        entry.addClassName("editor-answer");
        return entry;
    }

    /** A choice of module or role-play by title; a key no longer published stays shown as it is. */
    private ComboBox<String> link(String labelKey, Map<String, String> titles, String current) {
        ComboBox<String> choice = new ComboBox<>(getTranslation(labelKey));
        List<String> keys = new ArrayList<>(titles.keySet());
        if (current != null && !keys.contains(current)) {
            keys.add(current);
        }
        choice.setItems(keys);
        choice.setItemLabelGenerator(key -> titles.getOrDefault(key, key));
        choice.setClearButtonVisible(true);
        choice.setValue(current);
        return choice;
    }

    private <T> void move(List<T> list, int index, int by) {
        int target = index + by;
        if (target >= 0 && target < list.size()) {
            list.add(target, list.remove(index));
            phases();
        }
    }

    private Component previewForm() {
        LocalizedDatePicker start = new LocalizedDatePicker(getTranslation("onboarding.field.start"), getLocale());
        start.setValue(LocalDate.now(clock));
        Button show = new Button(getTranslation("onboarding.templates.show-preview"), event -> {
            save();
            showPreview(templates.preview(templateId, start.getValue(), getLocale()));
        });
        FlexLayout form = new FlexLayout(start, show);
        form.addClassName("editor-row");
        return form;
    }

    private void showPreview(List<PreviewLine> lines) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("EEE", getLocale()).withLocale(getLocale());
        DateTimeFormatter full = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        NativeTable table = new NativeTable();
        table.addClassName("statistics-table");
        NativeTableRow header = table.getHead().addRow();
        for (String key : List.of("onboarding.templates.phase", "onboarding.field.title", "onboarding.field.who",
                "onboarding.field.due")) {
            header.addHeaderCell().setText(getTranslation(key));
        }
        for (PreviewLine line : lines) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(line.phase());
            row.addDataCell().setText(line.title());
            row.addDataCell().setText(getTranslation("onboarding.who." + line.who().name()));
            row.addDataCell().setText(dates.format(line.due()) + " " + full.format(line.due()));
        }
        preview.removeAll();
        preview.add(table);
    }

    private void save() {
        version = templates.saveDraft(templateId, version, template.toContent());
        Notifications.success(getTranslation("editor.saved"));
    }

    private void showProblems(List<TemplateProblem> found) {
        problems.removeAll();
        if (found.isEmpty()) {
            problems.add(new Paragraph(getTranslation("onboarding.templates.no-problems")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("problem-list");
        found.forEach(problem -> list.add(new ListItem(getTranslation(problem.messageKey(),
                problem.arguments().toArray()))));
        problems.add(new H3(getTranslation("module.publish-problems")), list);
    }

    @Override
    public String titleKey() {
        return "nav.onboarding-templates";
    }
}
