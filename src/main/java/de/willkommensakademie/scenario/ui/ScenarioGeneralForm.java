package de.willkommensakademie.scenario.ui;

import static de.willkommensakademie.base.ui.LanguageFields.area;
import static de.willkommensakademie.base.ui.LanguageFields.text;

import java.util.Arrays;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import de.willkommensakademie.base.ui.LanguageFields;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.scenario.ScenarioRules;

/** The role-play's general information: titles and brief per language, cornerstone, minutes, language, options. */
class ScenarioGeneralForm extends FormLayout {

    ScenarioGeneralForm(ScenarioEditing editing) {
        EditableScenario scenario = editing.scenario;
        LanguageFields.addRow(this, LanguageFields.row(language -> text(LanguageFields.label("module.field.title",
                language), scenario.title, language, ScenarioRules.TITLE_LENGTH, editing::changed)));
        LanguageFields.addRow(this, LanguageFields.row(language -> {
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
        language.setItems(LanguageFields.LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("content-language." + code));
        language.setValue(scenario.defaultLanguage);
        language.addValueChangeListener(event -> {
            scenario.defaultLanguage = event.getValue();
            editing.changed();
        });
        Checkbox showVariables = new Checkbox(getTranslation("scenario.field.show-variables"), scenario.showVariables);
        showVariables.addValueChangeListener(event -> scenario.showVariables = event.getValue());
        Checkbox allowBack = new Checkbox(getTranslation("scenario.field.allow-back"), scenario.allowBack);
        allowBack.addValueChangeListener(event -> scenario.allowBack = event.getValue());
        Checkbox certificate = new Checkbox(getTranslation("scenario.field.certificate"), scenario.certificate);
        certificate.addValueChangeListener(event -> scenario.certificate = event.getValue());
        add(cornerstone, minutes, language, showVariables, allowBack, certificate);
    }
}
