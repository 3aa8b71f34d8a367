package de.willkommensakademie.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * Content editors name the content languages in the reader's language and keep each German/English pair in one row.
 * The drafts are created by the trainer of the class's own authority, so none lands in the demo trainer's library.
 */
class EditorLanguageFieldsTest extends KaribuTest {

    @Test
    void the_german_module_editor_says_englisch_and_pairs_each_field_side_by_side() {
        login(ownAuthority().trainer());
        openNewDraft("modules", "Neues Lernmodul", "Zz Sprachfelder Modul");

        assertThat(labels()).contains("Titel (Deutsch)", "Titel (Englisch)", "Zusammenfassung (Englisch)",
                "Lernziele (Englisch)").noneMatch(label -> label.contains("(English)"));
        assertPairedInRows("Titel", "Zusammenfassung", "Lernziele");
    }

    @Test
    void the_english_role_play_editor_says_german_and_pairs_each_field_side_by_side() {
        login(ownAuthority().trainer());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        openNewDraft("scenarios/library", "New role-play", "Zz language fields role-play");

        assertThat(labels()).contains("Title (German)", "Title (English)", "Situation brief (English)")
                .noneMatch(label -> label.contains("(Deutsch)") || label.contains("(Englisch)"));
        assertPairedInRows("Title", "Situation brief");
    }

    private static void openNewDraft(String route, String newButton, String title) {
        UI.getCurrent().navigate(route);
        _click(_get(Button.class, spec -> spec.withText(newButton)));
        Dialog dialog = _get(Dialog.class);
        _setValue(_find(dialog, TextField.class).getFirst(), title);
        String save = dialog.getTranslation("action.save");
        _click(dialog.getFooter().getElement().getChildren().map(element -> element.getComponent().orElseThrow())
                .filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.getText().equals(save)).findFirst().orElseThrow());
    }

    private static List<String> labels() {
        return _find(Component.class).stream().filter(HasLabel.class::isInstance)
                .map(component -> ((HasLabel) component).getLabel()).filter(label -> label != null).toList();
    }

    /** The German and English field of each label stand next to each other, German first, in a row of their own. */
    private static void assertPairedInRows(String... fieldLabels) {
        for (String fieldLabel : fieldLabels) {
            List<String> pair = germanField(fieldLabel).getParent().orElseThrow().getChildren()
                    .map(child -> ((HasLabel) child).getLabel()).toList();
            assertThat(pair).as("the row of " + fieldLabel).hasSize(2);
            assertThat(pair.get(0)).isIn(fieldLabel + " (Deutsch)", fieldLabel + " (German)");
            assertThat(pair.get(1)).isIn(fieldLabel + " (Englisch)", fieldLabel + " (English)");
        }
    }

    private static Component germanField(String fieldLabel) {
        return _find(Component.class).stream().filter(HasLabel.class::isInstance).filter(component -> {
            String label = ((HasLabel) component).getLabel();
            return (fieldLabel + " (Deutsch)").equals(label) || (fieldLabel + " (German)").equals(label);
        }).findFirst().orElseThrow(() -> new AssertionError("no German field labelled " + fieldLabel));
    }
}
