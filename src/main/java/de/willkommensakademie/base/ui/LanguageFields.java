package de.willkommensakademie.base.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Form fields for content written in every content language: each field edits one language's entry of a map, is
 * labelled with the language, and German and English stand side by side so translators see both at once.
 */
public final class LanguageFields {

    public static final List<String> LANGUAGES = List.of("de", "en");

    private LanguageFields() {
    }

    /**
     * The field's label followed by the language in the reader's language, e.g. "Titel (Englisch)" — not the
     * language's own name that the language switcher shows.
     */
    public static String label(String labelKey, String language) {
        return I18NProvider.translate(labelKey) + " (" + I18NProvider.translate("content-language." + language) + ")";
    }

    /** One text area per language, side by side. */
    public static FormLayout sideBySide(String labelKey, Map<String, String> texts, int maxLength) {
        return row(language -> area(label(labelKey, language), texts, language, maxLength));
    }

    /**
     * One field per language in a row of its own: German left, English right, stacked (German first) on narrow
     * screens. A row keeps each pair together however many other fields the form holds, so they never zig-zag.
     */
    public static FormLayout row(Function<String, ? extends Component> fieldFor) {
        FormLayout row = new FormLayout();
        row.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        row.addClassName("language-row");
        LANGUAGES.forEach(language -> row.add(fieldFor.apply(language)));
        return row;
    }

    /** Adds a {@link #row} across the whole width of a form. */
    public static void addRow(FormLayout form, FormLayout row) {
        form.add(row, 2);
    }

    /** A one-line field for one language; {@code changed} runs after each change (e.g. to redraw a preview). */
    public static TextField text(String label, Map<String, String> texts, String language, int maxLength,
            Runnable changed) {
        TextField field = new TextField(label);
        field.setMaxLength(maxLength);
        field.setValue(texts.getOrDefault(language, ""));
        field.addValueChangeListener(event -> {
            texts.put(language, event.getValue());
            changed.run();
        });
        return field;
    }

    public static TextArea area(String label, Map<String, String> texts, String language, int maxLength) {
        TextArea field = new TextArea(label);
        field.setMaxLength(maxLength);
        field.setValue(texts.getOrDefault(language, ""));
        field.addValueChangeListener(event -> texts.put(language, event.getValue()));
        field.setWidthFull();
        return field;
    }

    /** A small secondary button whose accessible name says what it acts on ("Entfernen: Frage 2"). */
    public static Button small(String key, String what, Runnable action) {
        Button button = new Button(I18NProvider.translate(key), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(I18NProvider.translate(key) + ": " + what);
        return button;
    }
}
