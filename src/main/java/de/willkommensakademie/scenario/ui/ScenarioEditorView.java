package de.willkommensakademie.scenario.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
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
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.FileType;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.LanguageFields;
import de.willkommensakademie.base.ui.DraftEditor;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.base.ui.Notifications;
import static de.willkommensakademie.base.ui.LanguageFields.area;
import static de.willkommensakademie.base.ui.LanguageFields.sideBySide;
import static de.willkommensakademie.base.ui.LanguageFields.small;
import static de.willkommensakademie.base.ui.LanguageFields.text;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.scenario.ScenarioContent.NodeType;
import de.willkommensakademie.scenario.ScenarioContent.Outcome;
import de.willkommensakademie.scenario.ScenarioDraft;
import de.willkommensakademie.scenario.ScenarioGraph;
import de.willkommensakademie.scenario.ScenarioLibrary;
import de.willkommensakademie.scenario.ScenarioProblem;
import de.willkommensakademie.scenario.ScenarioRules;
import de.willkommensakademie.scenario.Condition;
import de.willkommensakademie.base.content.ContentStatus;
import jakarta.annotation.security.RolesAllowed;

/**
 * Edits a role-play draft: brief, competences and variables, then the nodes one at a time (scenes with their
 * continuation, routes and picture; choice points with feedback, scores, effects and conditions; endings with their
 * outcome), German and English side by side. The graph picture follows every change; check lists each problem with
 * its node; the preview plays the draft from any node.
 */
@Route("scenarios/edit")
@RolesAllowed(Role.Name.TRAINER)
class ScenarioEditorView extends VerticalLayout implements HasUrlParameter<Long>, TranslatedTitle {

    private static final List<String> LANGUAGES = LanguageFields.LANGUAGES;
    private static final String NODE_ID = "[a-z0-9]+(-[a-z0-9]+)*";

    private final transient ScenarioLibrary library;
    private long scenarioId;
    private long version;
    private EditableScenario scenario;
    private int selected;
    private final Div graph = new Div();
    private final Div problems = new Div();
    private final Div variablesBox = new Div();
    private final Div competencesBox = new Div();
    private final OrderedList nodeList = new OrderedList();
    private final Div nodeEditor = new Div();

    ScenarioEditorView(ScenarioLibrary library) {
        this.library = library;
        addClassName("page");
        addClassName("scenario-editor");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        ScenarioDraft draft = library.draft(id);
        if (!draft.editable() || draft.status() == ContentStatus.ARCHIVED) {
            // An expected situation (a shipped or shared role-play, an old link): say what to do, no error page.
            showNotEditable(draft);
            return;
        }
        scenarioId = id;
        version = draft.version();
        scenario = EditableScenario.from(draft.content());
        build();
    }

    private void showNotEditable(ScenarioDraft draft) {
        String title = draft.content().title().in(getLocale(), draft.content().defaultLanguage());
        DraftEditor.showNotEditable(this, "scenarios/library", "scenario.back-to-library", title,
                draft.editable() ? "scenario.error.archived" : "scenario.error.not-own", draft.content().key(), () -> {
                    long copy = library.duplicate(draft.id());
                    Notifications.success(getTranslation("module.duplicated", title));
                    getUI().ifPresent(ui -> ui.navigate(ScenarioEditorView.class, copy));
                });
    }

    private void build() {
        removeAll();
        FlexLayout toolbar = DraftEditor.toolbar(this::save, () -> {
            save();
            showProblems(library.check(scenarioId));
        }, () -> {
            save();
            List<ScenarioProblem> found = library.publish(scenarioId, version);
            version = library.draft(scenarioId).version();
            showProblems(found);
            if (found.isEmpty()) {
                Notifications.success(getTranslation("module.published", scenario.title.get(scenario.defaultLanguage)));
            }
        }, new Button(getTranslation("module.action.preview"), event -> preview(null)));
        problems.addClassName("editor-problems");
        problems.getElement().setAttribute("role", "status");
        graph.addClassName("scenario-graph");

        Section general = DraftEditor.section("scenario.editor.general", general());
        Section dimensions = DraftEditor.section("scenario.editor.dimensions", competencesBox, variablesBox);
        Section picture = DraftEditor.section("scenario.editor.graph",
                new Paragraph(getTranslation("scenario.editor.graph.hint")), graph);
        Section nodes = new Section(nodes());
        nodes.addClassName("editor-section");
        add(new Anchor("scenarios/library", getTranslation("scenario.back-to-library")),
                new H2(getTranslation("scenario.editor.title", scenario.key)), toolbar, problems);
        if (!scenario.importNotes.isEmpty()) {
            add(importNotes());
        }
        add(general, dimensions, picture, nodes);
        competences();
        variables();
        changed();
    }

    /** What a Twee import removed untranslated; listed (and blocking publication) until marked as dealt with. */
    private Component importNotes() {
        Section section = DraftEditor.section("scenario.editor.import-notes",
                new Paragraph(getTranslation("scenario.editor.import-notes.hint")),
                new ScenarioProblemList(scenario.importNotes.stream().map(note -> new ScenarioProblem(note.node(), null,
                        note.macro() == null ? "scenario.problem.twee-passage" : "scenario.problem.twee-macro",
                        note.macro() == null ? List.of(note.passage()) : List.of(note.passage(), note.macro())))
                        .toList()));
        section.add(new Button(getTranslation("scenario.editor.import-notes.done"), event -> {
            scenario.importNotes.clear();
            save();
            build();
        }));
        return section;
    }

    private Component general() {
        FormLayout form = new FormLayout();
        LanguageFields.addRow(form, LanguageFields.row(language -> text(LanguageFields.label("module.field.title",
                language), scenario.title, language, ScenarioRules.TITLE_LENGTH, this::changed)));
        LanguageFields.addRow(form, LanguageFields.row(language -> {
            TextArea brief = area(LanguageFields.label("scenario.field.brief", language), scenario.brief, language,
                    ScenarioRules.BRIEF_LENGTH);
            brief.setHelperText(getTranslation("scenario.field.brief.helper"));
            return brief;
        }));
        ComboBox<Cornerstone> cornerstone = new ComboBox<>(getTranslation("module.field.cornerstone"));
        cornerstone.setItems(Cornerstone.values());
        cornerstone.setItemLabelGenerator(option -> getTranslation("cornerstone." + option.name()));
        cornerstone.setValue(Arrays.stream(Cornerstone.values())
                .filter(option -> option.name().equals(scenario.cornerstone)).findFirst().orElse(null));
        cornerstone.addValueChangeListener(event -> scenario.cornerstone = event.getValue() == null ? null
                : event.getValue().name());
        IntegerField minutes = new IntegerField(getTranslation("module.field.minutes"));
        minutes.setMin(1);
        minutes.setMax(ScenarioRules.MAX_MINUTES);
        minutes.setValue(scenario.minutes);
        minutes.addValueChangeListener(event -> scenario.minutes = event.getValue());
        RadioButtonGroup<String> language = new RadioButtonGroup<>(getTranslation("module.field.default-language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("content-language." + code));
        language.setValue(scenario.defaultLanguage);
        language.addValueChangeListener(event -> {
            scenario.defaultLanguage = event.getValue();
            changed();
        });
        Checkbox showVariables = new Checkbox(getTranslation("scenario.field.show-variables"), scenario.showVariables);
        showVariables.addValueChangeListener(event -> scenario.showVariables = event.getValue());
        Checkbox allowBack = new Checkbox(getTranslation("scenario.field.allow-back"), scenario.allowBack);
        allowBack.addValueChangeListener(event -> scenario.allowBack = event.getValue());
        Checkbox certificate = new Checkbox(getTranslation("scenario.field.certificate"), scenario.certificate);
        certificate.addValueChangeListener(event -> scenario.certificate = event.getValue());
        form.add(cornerstone, minutes, language, showVariables, allowBack, certificate);
        return form;
    }

    /** The score dimensions the trainer defines for this scenario, each with a label per language. */
    private void competences() {
        competencesBox.removeAll();
        competencesBox.add(new H4(getTranslation("scenario.editor.competences")),
                new Paragraph(getTranslation("scenario.editor.competences.hint")));
        for (EditableScenario.Competence competence : scenario.competences) {
            TextField name = new TextField(getTranslation("scenario.field.competence"));
            name.setValue(competence.name);
            name.setPattern(NODE_ID);
            name.addValueChangeListener(event -> {
                competence.name = event.getValue().strip();
                showNode();
            });
            FlexLayout row = new FlexLayout(name);
            for (String language : LANGUAGES) {
                row.add(text(LanguageFields.label("scenario.field.label", language), competence.label, language, ScenarioRules.LABEL_LENGTH, this::changed));
            }
            row.add(small("editor.remove", competence.name, () -> {
                scenario.competences.remove(competence);
                competences();
                showNode();
            }));
            row.addClassName("editor-row");
            competencesBox.add(row);
        }
        competencesBox.add(new Button(getTranslation("scenario.editor.add-competence"), event -> {
            scenario.competences.add(new EditableScenario.Competence());
            competences();
        }));
    }

    /** Whole-number variables such as the client's patience, with start value and bounds. */
    private void variables() {
        variablesBox.removeAll();
        variablesBox.add(new H4(getTranslation("scenario.editor.variables")),
                new Paragraph(getTranslation("scenario.editor.variables.hint")));
        for (EditableScenario.Variable variable : scenario.variables) {
            TextField name = new TextField(getTranslation("scenario.field.variable"));
            name.setValue(variable.name);
            name.setPattern("[a-z][a-z0-9_]*");
            name.addValueChangeListener(event -> {
                variable.name = event.getValue().strip();
                showNode();
            });
            FlexLayout row = new FlexLayout(name);
            for (String language : LANGUAGES) {
                row.add(text(LanguageFields.label("scenario.field.label", language), variable.label, language, ScenarioRules.LABEL_LENGTH, this::changed));
            }
            row.add(integer(getTranslation("scenario.field.start"), variable.start, value -> variable.start = value),
                    integer(getTranslation("scenario.field.min"), variable.min, value -> variable.min = value),
                    integer(getTranslation("scenario.field.max"), variable.max, value -> variable.max = value),
                    small("editor.remove", variable.name, () -> {
                        scenario.variables.remove(variable);
                        variables();
                        showNode();
                    }));
            row.addClassName("editor-row");
            variablesBox.add(row);
        }
        variablesBox.add(new Button(getTranslation("scenario.editor.add-variable"), event -> {
            scenario.variables.add(new EditableScenario.Variable());
            variables();
        }));
    }

    private Component nodes() {
        nodeList.addClassName("editor-lessons");
        nodeEditor.addClassName("editor-lesson");
        FlexLayout add = new FlexLayout();
        add.addClassName("editor-add");
        for (NodeType type : NodeType.values()) {
            add.add(new Button(getTranslation("scenario.editor.add." + type.name()), event -> {
                if (scenario.nodes.size() >= library.maxNodes()) {
                    Notifications.error(getTranslation("scenario.limit.nodes", scenario.nodes.size() + 1,
                            library.maxNodes()));
                    return;
                }
                EditableScenario.Node node = new EditableScenario.Node(
                        scenario.freeId(type.name().toLowerCase(Locale.ROOT)), type);
                if (type == NodeType.CHOICE) {
                    node.choices.add(new EditableScenario.Choice());
                    node.choices.add(new EditableScenario.Choice());
                }
                if (type == NodeType.ENDING) {
                    node.outcome = Outcome.ACCEPTABLE;
                }
                scenario.nodes.add(node);
                select(scenario.nodes.size() - 1);
                changed();
            }));
        }
        VerticalLayout side = new VerticalLayout(new H3(getTranslation("scenario.editor.nodes")), nodeList, add);
        side.setPadding(false);
        side.addClassName("editor-side");
        HorizontalLayout layout = new HorizontalLayout(side, nodeEditor);
        layout.setWidthFull();
        layout.setFlexGrow(1, nodeEditor);
        layout.addClassName("editor-lessons-layout");
        select(0);
        return layout;
    }

    private void select(int index) {
        selected = Math.max(0, Math.min(index, scenario.nodes.size() - 1));
        nodeList.removeAll();
        for (int i = 0; i < scenario.nodes.size(); i++) {
            int position = i;
            EditableScenario.Node node = scenario.nodes.get(i);
            String name = getTranslation("scenario.node-type." + node.type.name()) + ": " + node.id
                    + (node.id.equals(scenario.start) ? " (" + getTranslation("scenario.editor.start") + ")" : "");
            Button open = new Button(name, event -> moveSelection(position));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (i == selected) {
                open.getElement().setAttribute("aria-current", "true");
                open.addClassName("current");
            }
            nodeList.add(new ListItem(open));
        }
        showNode();
    }

    /** Opens another node without rebuilding the list (which has up to the node limit of buttons). */
    private void moveSelection(int index) {
        mark(selected, false);
        selected = Math.max(0, Math.min(index, scenario.nodes.size() - 1));
        mark(selected, true);
        showNode();
    }

    private void mark(int index, boolean current) {
        nodeList.getChildren().skip(index).findFirst().flatMap(item -> item.getChildren().findFirst())
                .ifPresent(button -> {
                    if (current) {
                        button.getElement().setAttribute("aria-current", "true");
                    } else {
                        button.getElement().removeAttribute("aria-current");
                    }
                    button.getElement().getClassList().set("current", current);
                });
    }

    private void showNode() {
        nodeEditor.removeAll();
        if (scenario.nodes.isEmpty()) {
            nodeEditor.add(new Paragraph(getTranslation("scenario.editor.no-nodes")));
            return;
        }
        nodeEditor.add(nodeForm(scenario.nodes.get(selected)));
    }

    private Component nodeForm(EditableScenario.Node node) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new H3(getTranslation("scenario.node-type." + node.type.name()) + ": " + node.id));
        TextField id = new TextField(getTranslation("scenario.field.node-id"));
        id.setValue(node.id);
        id.setHelperText(getTranslation("scenario.field.node-id.helper"));
        id.addValueChangeListener(event -> {
            String value = event.getValue().strip();
            if (!value.matches(NODE_ID) || (!value.equals(node.id) && scenario.nodeIds().contains(value))) {
                id.setInvalid(true);
                id.setErrorMessage(getTranslation("scenario.problem.node-id", value));
                return;
            }
            id.setInvalid(false);
            scenario.rename(node, value);
            select(selected);
            changed();
        });
        Button start = new Button(getTranslation("scenario.editor.make-start"), event -> {
            scenario.start = node.id;
            select(selected);
            changed();
        });
        start.setEnabled(!node.id.equals(scenario.start));
        Button preview = new Button(getTranslation("scenario.editor.preview-here"), event -> preview(node.id));
        Button remove = new Button(getTranslation("scenario.editor.remove-node"), event -> {
            scenario.nodes.remove(node);
            select(selected);
            changed();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FlexLayout nodeActions = new FlexLayout(start, preview, remove);
        nodeActions.addClassName("editor-toolbar");
        form.add(id, nodeActions);
        switch (node.type) {
            case SCENE -> {
                form.add(sideBySide("scenario.field.scene-text", node.text, ScenarioRules.SCENE_TEXT_LENGTH));
                form.add(target("scenario.field.next", node.next, value -> node.next = value));
                form.add(routes(node), image(node));
            }
            case CHOICE -> {
                form.add(sideBySide("scenario.field.prompt", node.text, ScenarioRules.PROMPT_LENGTH));
                form.add(choices(node));
            }
            case ENDING -> {
                RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>(getTranslation("scenario.field.outcome"));
                outcome.setItems(Outcome.values());
                outcome.setItemLabelGenerator(value -> getTranslation("scenarios.outcome." + value.name()));
                outcome.setValue(node.outcome);
                outcome.addValueChangeListener(event -> {
                    node.outcome = event.getValue();
                    changed();
                });
                FormLayout titles = LanguageFields.row(language -> text(
                        LanguageFields.label("scenario.field.ending-title", language), node.title, language, ScenarioRules.TITLE_LENGTH,
                        this::changed));
                form.add(outcome, titles, sideBySide("scenario.field.debrief", node.text, ScenarioRules.SCENE_TEXT_LENGTH));
            }
        }
        return form;
    }

    /** Conditions checked when moving on from the scene, in order, before its own continuation. */
    private Component routes(EditableScenario.Node node) {
        Div box = new Div();
        box.addClassName("editor-question");
        box.add(new H4(getTranslation("scenario.editor.routes")), new Paragraph(getTranslation(
                "scenario.editor.routes.hint")));
        for (EditableScenario.Route route : node.routes) {
            TextField when = condition(route.when, value -> route.when = value);
            when.setRequired(true);
            FlexLayout row = new FlexLayout(when, target("scenario.field.to", route.to, value -> route.to = value),
                    small("editor.remove", route.when, () -> {
                        node.routes.remove(route);
                        showNode();
                        changed();
                    }));
            row.addClassName("editor-row");
            box.add(row);
        }
        box.add(new Button(getTranslation("scenario.editor.add-route"), event -> {
            node.routes.add(new EditableScenario.Route());
            showNode();
        }));
        return box;
    }

    private Component image(EditableScenario.Node node) {
        Div box = new Div();
        box.addClassName("editor-media");
        Paragraph current = new Paragraph(getTranslation(node.image == null ? "editor.no-image"
                : "editor.image-stored"));
        int maxBytes = (int) library.maxImageBytes();
        Upload upload = FileTransfer.upload(maxBytes, bytes -> {
            node.image = library.uploadImage(scenarioId, bytes);
            showNode();
        }, FileType.PNG, FileType.JPEG);
        box.add(new H4(getTranslation("scenario.editor.image")), current, upload);
        if (node.image != null) {
            box.add(sideBySide("editor.alt", node.alt, ScenarioRules.ALT_LENGTH), new Button(getTranslation("scenario.editor.remove-image"),
                    event -> {
                        node.image = null;
                        node.alt.clear();
                        showNode();
                    }));
        }
        return box;
    }

    private Component choices(EditableScenario.Node node) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        List<String> competences = scenario.competenceList();
        List<String> variables = scenario.variables.stream().map(variable -> variable.name)
                .filter(name -> name != null && !name.isBlank()).toList();
        for (int c = 0; c < node.choices.size(); c++) {
            EditableScenario.Choice choice = node.choices.get(c);
            Div box = new Div();
            box.addClassName("editor-question");
            box.add(new H4(getTranslation("scenario.editor.choice", c + 1)));
            box.add(sideBySide("scenario.field.choice-text", choice.text, ScenarioRules.CHOICE_TEXT_LENGTH),
                    sideBySide("editor.feedback", choice.feedback, ScenarioRules.FEEDBACK_LENGTH));
            FlexLayout numbers = new FlexLayout();
            numbers.addClassName("editor-row");
            for (String competence : competences) {
                numbers.add(integer(getTranslation("scenario.field.score", competence), choice.scores.get(competence),
                        value -> choice.scores.put(competence, value)));
            }
            for (String variable : variables) {
                numbers.add(integer(getTranslation("scenario.field.effect", variable), choice.effects.get(variable),
                        value -> choice.effects.put(variable, value)));
            }
            box.add(numbers);
            FlexLayout row = new FlexLayout(condition(choice.when, value -> choice.when = value),
                    target("scenario.field.to", choice.to, value -> choice.to = value),
                    small("editor.remove", getTranslation("scenario.editor.choice", c + 1), () -> {
                        node.choices.remove(choice);
                        showNode();
                        changed();
                    }));
            row.addClassName("editor-row");
            box.add(row);
            list.add(box);
        }
        Button add = new Button(getTranslation("scenario.editor.add-choice"), event -> {
            node.choices.add(new EditableScenario.Choice());
            showNode();
        });
        add.setEnabled(node.choices.size() < ScenarioRules.MAX_CHOICES);
        list.add(add);
        return list;
    }

    private TextField condition(String value, java.util.function.Consumer<String> setter) {
        TextField when = new TextField(getTranslation("scenario.field.when"));
        when.setHelperText(getTranslation("scenario.field.when.helper"));
        when.setMaxLength(Condition.MAX_LENGTH);
        when.setValue(value == null ? "" : value);
        when.addValueChangeListener(event -> {
            setter.accept(event.getValue());
            changed();
        });
        return when;
    }

    private ComboBox<String> target(String labelKey, String value, java.util.function.Consumer<String> setter) {
        ComboBox<String> target = new ComboBox<>(getTranslation(labelKey));
        target.setItems(scenario.nodeIds());
        target.setValue(value != null && scenario.nodeIds().contains(value) ? value : null);
        target.addValueChangeListener(event -> {
            setter.accept(event.getValue());
            changed();
        });
        return target;
    }

    private IntegerField integer(String label, Integer value, java.util.function.Consumer<Integer> setter) {
        IntegerField field = new IntegerField(label);
        field.setValue(value);
        field.setStepButtonsVisible(true);
        field.addValueChangeListener(event -> setter.accept(event.getValue()));
        return field;
    }

    /** Redraws the graph from the working copy, so the picture follows every change. */
    private void changed() {
        Map<String, String> outcomes = Map.of(
                "GOOD", getTranslation("scenarios.outcome.GOOD"),
                "ACCEPTABLE", getTranslation("scenarios.outcome.ACCEPTABLE"),
                "POOR", getTranslation("scenarios.outcome.POOR"));
        graph.removeAll();
        try {
            graph.add(new Html(ScenarioGraph.svg(scenario.toContent(), getLocale(), outcomes,
                    getTranslation("scenario.graph.description", scenario.nodes.size()))));
        } catch (RuntimeException incomplete) {
            // A half-filled node (no type or outcome yet) cannot be drawn; the check names it.
            graph.add(new Paragraph(getTranslation("scenario.graph.incomplete")));
        }
    }

    private void preview(String fromNode) {
        save();
        new ScenarioPreviewDialog(library, scenarioId, library.draft(scenarioId).content(), fromNode).open();
    }

    private void save() {
        library.saveDraft(scenarioId, version, scenario.toContent());
        version = library.draft(scenarioId).version();
        Notifications.success(getTranslation("editor.saved"));
    }

    private void showProblems(List<ScenarioProblem> found) {
        problems.removeAll();
        if (found.isEmpty()) {
            problems.add(new Paragraph(getTranslation("scenario.editor.no-problems")));
        } else {
            problems.add(new H3(getTranslation("module.publish-problems")), new ScenarioProblemList(found));
        }
    }

    @Override
    public String titleKey() {
        return "scenario.editor.page-title";
    }
}
