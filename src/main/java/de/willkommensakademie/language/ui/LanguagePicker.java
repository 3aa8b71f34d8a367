package de.willkommensakademie.language.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.combobox.ComboBox;
import de.willkommensakademie.language.Languages;

/** A language chooser by name in the reader's language, the authority's priority languages first. */
final class LanguagePicker {

    private LanguagePicker() {
    }

    static ComboBox<String> create(String label, Locale locale) {
        ComboBox<String> picker = new ComboBox<>(label);
        List<String> codes = new ArrayList<>(Languages.DEFAULT_PRIORITY);
        Languages.all().stream().filter(code -> !codes.contains(code)).sorted(Languages.byName(locale))
                .forEach(codes::add);
        picker.setItems(codes);
        picker.setItemLabelGenerator(code -> Languages.name(code, locale));
        return picker;
    }
}
