package de.willkommensakademie.scenario.ui;

import static de.willkommensakademie.base.ui.LanguageFields.sideBySide;
import static de.willkommensakademie.base.ui.LanguageFields.small;
import static de.willkommensakademie.scenario.ui.ScenarioEditing.integer;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import de.willkommensakademie.scenario.ScenarioRules;

/**
 * A choice point's choices, each with its text and feedback per language, a score per competence, an effect per
 * variable, an optional condition and the node it leads to; adding stops at the most choices a choice point may have.
 */
class ChoiceEditor extends VerticalLayout {

    ChoiceEditor(EditableScenario.Node node, ScenarioEditing editing, Runnable reshow) {
        setPadding(false);
        EditableScenario scenario = editing.scenario;
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
            FlexLayout row = new FlexLayout(editing.condition(choice.when, value -> choice.when = value),
                    editing.target("scenario.field.to", choice.to, value -> choice.to = value),
                    small("editor.remove", getTranslation("scenario.editor.choice", c + 1), () -> {
                        node.choices.remove(choice);
                        reshow.run();
                        editing.changed();
                    }));
            row.addClassName("editor-row");
            box.add(row);
            add(box);
        }
        Button add = new Button(getTranslation("scenario.editor.add-choice"), event -> {
            node.choices.add(new EditableScenario.Choice());
            reshow.run();
        });
        add.setEnabled(node.choices.size() < ScenarioRules.MAX_CHOICES);
        add(add);
    }
}
