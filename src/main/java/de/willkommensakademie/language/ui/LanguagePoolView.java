package de.willkommensakademie.language.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.language.Cefr;
import de.willkommensakademie.language.LanguageRegister;
import de.willkommensakademie.language.PoolEntry;
import jakarta.annotation.security.RolesAllowed;

/** "Who can help in Arabic now": colleagues of the authority who joined the pool, by language and minimum level. */
@Route("languages/pool")
@RolesAllowed(Role.Name.EMPLOYEE)
@Menu(title = "nav.language-pool", order = 9, icon = "vaadin:comments-o")
class LanguagePoolView extends VerticalLayout implements TranslatedTitle {

    LanguagePoolView(LanguageRegister register) {
        addClassName("page");
        ComboBox<String> language = LanguagePicker.create(getTranslation("language.field.language"), getLocale());
        Select<Cefr> minimum = new Select<>();
        minimum.setLabel(getTranslation("language.field.minimum"));
        minimum.setItems(Cefr.values());
        minimum.setEmptySelectionAllowed(true);
        minimum.setEmptySelectionCaption(getTranslation("language.any-level"));
        Grid<PoolEntry> grid = new Grid<>();
        grid.addColumn(PoolEntry::name).setHeader(getTranslation("certificate.field.holder")).setAutoWidth(true);
        grid.addColumn(entry -> entry.team() == null ? "–" : entry.team())
                .setHeader(getTranslation("certificate.field.team"))
                .setAutoWidth(true);
        grid.addColumn(PoolEntry::level).setHeader(getTranslation("language.field.overall")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("nav.language-pool"));
        grid.setAllRowsVisible(true);
        Runnable search = () -> grid.setItems(language.getValue() == null ? java.util.List.of()
                : register.pool(language.getValue(), minimum.getValue()));
        language.addValueChangeListener(event -> search.run());
        minimum.addValueChangeListener(event -> search.run());
        FlexLayout filters = new FlexLayout(language, minimum);
        filters.addClassName("filters");
        add(new H2(getTranslation("nav.language-pool")), new Paragraph(getTranslation("language.pool.intro")),
                filters, grid);
    }

    @Override
    public String titleKey() {
        return "nav.language-pool";
    }
}
