package de.willkommensakademie.learning.ui;

import static de.willkommensakademie.base.ui.LanguageFields.area;
import static de.willkommensakademie.base.ui.LanguageFields.sideBySide;
import static de.willkommensakademie.base.ui.LanguageFields.text;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.base.ui.LanguageFields;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.learning.ModuleRules;

/** A module's general information: titles, summary and goals per language, cornerstone, tags, minutes, validity. */
class ModuleGeneralForm extends FormLayout {

    ModuleGeneralForm(EditableModule module) {
        LanguageFields.addRow(this, LanguageFields.row(language -> text(LanguageFields.label("module.field.title",
                language), module.title, language, ModuleRules.TITLE_LENGTH, () -> { })));
        LanguageFields.addRow(this, sideBySide("module.field.summary", module.summary, ModuleRules.SUMMARY_LENGTH));
        LanguageFields.addRow(this, LanguageFields.row(language -> {
            TextArea goals = area(LanguageFields.label("module.field.goals", language), module.goals, language,
                    ModuleRules.GOALS_LENGTH);
            goals.setHelperText(getTranslation("module.field.goals.helper"));
            return goals;
        }));
        ComboBox<Cornerstone> cornerstone = new ComboBox<>(getTranslation("module.field.cornerstone"));
        cornerstone.setItems(Cornerstone.values());
        cornerstone.setItemLabelGenerator(option -> getTranslation("cornerstone." + option.name()));
        cornerstone.setValue(module.cornerstone);
        cornerstone.addValueChangeListener(event -> module.cornerstone = event.getValue());
        TextField tags = new TextField(getTranslation("module.field.tags"));
        tags.setHelperText(getTranslation("module.field.tags.helper"));
        tags.setValue(module.tags == null ? "" : module.tags);
        tags.addValueChangeListener(event -> module.tags = event.getValue());
        IntegerField minutes = new IntegerField(getTranslation("module.field.minutes"));
        minutes.setMin(1);
        minutes.setMax(ModuleRules.MAX_MINUTES);
        minutes.setValue(module.minutes);
        minutes.addValueChangeListener(event -> module.minutes = event.getValue());
        IntegerField validity = new IntegerField(getTranslation("module.field.validity"));
        validity.setHelperText(getTranslation("module.field.validity.helper"));
        validity.setMin(1);
        validity.setMax(ModuleRules.MAX_VALIDITY_MONTHS);
        validity.setValue(module.validityMonths);
        validity.addValueChangeListener(event -> module.validityMonths = event.getValue());
        RadioButtonGroup<String> language = new RadioButtonGroup<>(getTranslation("module.field.default-language"));
        language.setItems(LanguageFields.LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("content-language." + code));
        language.setValue(module.defaultLanguage);
        language.addValueChangeListener(event -> module.defaultLanguage = event.getValue());
        add(cornerstone, tags, minutes, validity, language);
    }
}
