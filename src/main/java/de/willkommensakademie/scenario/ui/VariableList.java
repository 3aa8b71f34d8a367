package de.willkommensakademie.scenario.ui;

import static de.willkommensakademie.base.ui.LanguageFields.small;
import static de.willkommensakademie.base.ui.LanguageFields.text;
import static de.willkommensakademie.scenario.ui.ScenarioEditing.integer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.base.ui.LanguageFields;
import de.willkommensakademie.scenario.ScenarioRules;

/**
 * Whole-number variables such as the client's patience, with start value and bounds. A renamed or removed variable
 * changes the effect fields of the open choice point, so {@code namesChanged} redraws it.
 */
class VariableList extends Div {

    private final ScenarioEditing editing;
    private final Runnable namesChanged;

    VariableList(ScenarioEditing editing, Runnable namesChanged) {
        this.editing = editing;
        this.namesChanged = namesChanged;
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H4(getTranslation("scenario.editor.variables")),
                new Paragraph(getTranslation("scenario.editor.variables.hint")));
        for (EditableScenario.Variable variable : editing.scenario.variables) {
            TextField name = new TextField(getTranslation("scenario.field.variable"));
            name.setValue(variable.name);
            name.setPattern("[a-z][a-z0-9_]*");
            name.addValueChangeListener(event -> {
                variable.name = event.getValue().strip();
                namesChanged.run();
            });
            FlexLayout row = new FlexLayout(name);
            for (String language : LanguageFields.LANGUAGES) {
                row.add(text(LanguageFields.label("scenario.field.label", language), variable.label, language,
                        ScenarioRules.LABEL_LENGTH, editing::changed));
            }
            row.add(integer(getTranslation("scenario.field.start"), variable.start, value -> variable.start = value),
                    integer(getTranslation("scenario.field.min"), variable.min, value -> variable.min = value),
                    integer(getTranslation("scenario.field.max"), variable.max, value -> variable.max = value),
                    small("editor.remove", variable.name, () -> {
                        editing.scenario.variables.remove(variable);
                        refresh();
                        namesChanged.run();
                    }));
            row.addClassName("editor-row");
            add(row);
        }
        add(new Button(getTranslation("scenario.editor.add-variable"), event -> {
            editing.scenario.variables.add(new EditableScenario.Variable());
            refresh();
        }));
    }
}
