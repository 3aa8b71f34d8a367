package de.willkommensakademie.scenario.ui;

import static de.willkommensakademie.base.ui.LanguageFields.sideBySide;
import static de.willkommensakademie.base.ui.LanguageFields.text;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.base.ui.LanguageFields;
import de.willkommensakademie.scenario.ScenarioContent.Outcome;
import de.willkommensakademie.scenario.ScenarioRules;

/**
 * One node: its id (renaming follows every reference), making it the start, previewing from it, removing it, and
 * what its type needs: a scene's text, continuation, routes and picture; a choice point's prompt and choices; an
 * ending's outcome, title and debrief. {@code relist} rebuilds the node list and this form (a name, the start or the
 * list itself changed); {@code reshow} rebuilds only this form (a part was added or removed).
 */
class NodeForm extends VerticalLayout {

    private final EditableScenario.Node node;
    private final ScenarioEditing editing;

    NodeForm(EditableScenario.Node node, ScenarioEditing editing, Runnable relist, Runnable reshow) {
        this.node = node;
        this.editing = editing;
        setPadding(false);
        add(new H3(getTranslation("scenario.node-type." + node.type.name()) + ": " + node.id));
        add(idField(relist), actions(relist));
        switch (node.type) {
            case SCENE -> {
                add(sideBySide("scenario.field.scene-text", node.text, ScenarioRules.SCENE_TEXT_LENGTH));
                add(editing.target("scenario.field.next", node.next, value -> node.next = value));
                add(new RoutesEditor(node, editing, reshow), new SceneImage(node, editing, reshow));
            }
            case CHOICE -> {
                add(sideBySide("scenario.field.prompt", node.text, ScenarioRules.PROMPT_LENGTH));
                add(new ChoiceEditor(node, editing, reshow));
            }
            case ENDING -> ending();
        }
    }

    private TextField idField(Runnable relist) {
        EditableScenario scenario = editing.scenario;
        TextField id = new TextField(getTranslation("scenario.field.node-id"));
        id.setValue(node.id);
        id.setHelperText(getTranslation("scenario.field.node-id.helper"));
        id.addValueChangeListener(event -> {
            String value = event.getValue().strip();
            if (!value.matches(ScenarioEditing.ID_PATTERN)
                    || (!value.equals(node.id) && scenario.nodeIds().contains(value))) {
                id.setInvalid(true);
                id.setErrorMessage(getTranslation("scenario.problem.node-id", value));
                return;
            }
            id.setInvalid(false);
            scenario.rename(node, value);
            relist.run();
            editing.changed();
        });
        return id;
    }

    private FlexLayout actions(Runnable relist) {
        EditableScenario scenario = editing.scenario;
        Button start = new Button(getTranslation("scenario.editor.make-start"), event -> {
            scenario.start = node.id;
            relist.run();
            editing.changed();
        });
        start.setEnabled(!node.id.equals(scenario.start));
        Button preview = new Button(getTranslation("scenario.editor.preview-here"), event -> editing.preview(node.id));
        Button remove = new Button(getTranslation("scenario.editor.remove-node"), event -> {
            scenario.nodes.remove(node);
            relist.run();
            editing.changed();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FlexLayout actions = new FlexLayout(start, preview, remove);
        actions.addClassName("editor-toolbar");
        return actions;
    }

    private void ending() {
        RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>(getTranslation("scenario.field.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation("scenarios.outcome." + value.name()));
        outcome.setValue(node.outcome);
        outcome.addValueChangeListener(event -> {
            node.outcome = event.getValue();
            editing.changed();
        });
        FormLayout titles = LanguageFields.row(language -> text(
                LanguageFields.label("scenario.field.ending-title", language), node.title, language,
                ScenarioRules.TITLE_LENGTH, editing::changed));
        add(outcome, titles, sideBySide("scenario.field.debrief", node.text, ScenarioRules.SCENE_TEXT_LENGTH));
    }
}
