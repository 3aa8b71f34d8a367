package de.willkommensakademie.scenario.ui;

import static de.willkommensakademie.base.ui.LanguageFields.small;
import static de.willkommensakademie.base.ui.LanguageFields.text;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.base.ui.LanguageFields;
import de.willkommensakademie.scenario.ScenarioRules;

/**
 * The score dimensions the trainer defines for this scenario, each with a label per language. A renamed or removed
 * competence changes the score fields of the open choice point, so {@code namesChanged} redraws it.
 */
class CompetenceList extends Div {

    private final ScenarioEditing editing;
    private final Runnable namesChanged;

    CompetenceList(ScenarioEditing editing, Runnable namesChanged) {
        this.editing = editing;
        this.namesChanged = namesChanged;
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H4(getTranslation("scenario.editor.competences")),
                new Paragraph(getTranslation("scenario.editor.competences.hint")));
        for (EditableScenario.Competence competence : editing.scenario.competences) {
            TextField name = new TextField(getTranslation("scenario.field.competence"));
            name.setValue(competence.name);
            name.setPattern(ScenarioEditing.ID_PATTERN);
            name.addValueChangeListener(event -> {
                competence.name = event.getValue().strip();
                namesChanged.run();
            });
            FlexLayout row = new FlexLayout(name);
            for (String language : LanguageFields.LANGUAGES) {
                row.add(text(LanguageFields.label("scenario.field.label", language), competence.label, language,
                        ScenarioRules.LABEL_LENGTH, editing::changed));
            }
            row.add(small("editor.remove", competence.name, () -> {
                editing.scenario.competences.remove(competence);
                refresh();
                namesChanged.run();
            }));
            row.addClassName("editor-row");
            add(row);
        }
        add(new Button(getTranslation("scenario.editor.add-competence"), event -> {
            editing.scenario.competences.add(new EditableScenario.Competence());
            refresh();
        }));
    }
}
