package de.willkommensakademie.language.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import de.willkommensakademie.KaribuTest;
import de.willkommensakademie.language.Cefr;
import de.willkommensakademie.language.Evidence;
import de.willkommensakademie.language.PoolEntry;
import org.junit.jupiter.api.Test;

/** A person enters a language and joins the pool; a colleague finds them; leaving takes them off at once. */
class LanguageScreensTest extends KaribuTest {

    @Test
    void entering_a_language_joining_the_pool_and_being_found_by_a_colleague() {
        login("o.kovalenko");
        UI.getCurrent().navigate("languages");
        @SuppressWarnings("unchecked")
        ComboBox<String> language = _get(ComboBox.class, spec -> spec.withLabel("Sprache"));
        assertThat(language.getListDataView().getItems().limit(3)).containsExactly("en", "tr", "ar");
        _setValue(language, "ru");
        @SuppressWarnings("unchecked")
        Select<Cefr> level = _get(Select.class, spec -> spec.withLabel("Stufe"));
        _setValue(level, Cefr.C1);
        @SuppressWarnings("unchecked")
        Select<Evidence> evidence = _get(Select.class, spec -> spec.withLabel("Nachweis"));
        _setValue(evidence, Evidence.SELF_ASSESSMENT);
        _click(_get(Button.class, spec -> spec.withText("Speichern")));
        assertThat(notificationTexts()).contains("Die Sprache wurde gespeichert.");
        assertThat(_find(H4.class).stream().map(H4::getText)).contains("Russisch: C1");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Ich bin im Sprachenpool")), true);

        login("j.weiss");
        UI.getCurrent().navigate("languages/pool");
        @SuppressWarnings("unchecked")
        ComboBox<String> wanted = _get(ComboBox.class, spec -> spec.withLabel("Sprache"));
        _setValue(wanted, "ru");
        @SuppressWarnings("unchecked")
        Grid<PoolEntry> grid = _get(Grid.class);
        assertThat(GridKt._findAll(grid)).extracting(PoolEntry::name).contains("Oleksandr Kovalenko");

        login("o.kovalenko");
        UI.getCurrent().navigate("languages");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Ich bin im Sprachenpool")), false);
        login("j.weiss");
        UI.getCurrent().navigate("languages/pool");
        @SuppressWarnings("unchecked")
        ComboBox<String> again = _get(ComboBox.class, spec -> spec.withLabel("Sprache"));
        _setValue(again, "ru");
        @SuppressWarnings("unchecked")
        Grid<PoolEntry> after = _get(Grid.class);
        assertThat(GridKt._findAll(after)).extracting(PoolEntry::name).doesNotContain("Oleksandr Kovalenko");
    }
}
