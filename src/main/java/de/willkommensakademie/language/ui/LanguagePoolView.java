package de.willkommensakademie.language.ui;

import java.util.Comparator;
import java.util.List;

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
import de.willkommensakademie.language.Languages;
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
        grid.addColumn(entry -> Languages.name(entry.language(), getLocale()))
                .setHeader(getTranslation("language.field.language")).setAutoWidth(true);
        grid.addColumn(PoolEntry::level).setHeader(getTranslation("language.field.overall")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("nav.language-pool"));
        grid.setAllRowsVisible(true);
        Paragraph status = new Paragraph();
        status.addClassName("pool-status");
        // Before a language is picked the whole pool shows, so the page is never an empty table.
        Runnable search = () -> {
            String wanted = language.getValue();
            List<PoolEntry> entries = register.pool(wanted, minimum.getValue());
            if (wanted == null) {
                entries = entries.stream().sorted(Comparator.comparing((PoolEntry entry) -> entry.language(),
                        Languages.byName(getLocale())).thenComparing(PoolEntry::level, Comparator.reverseOrder()))
                        .toList();
            }
            grid.setItems(entries);
            status.setText(entries.isEmpty()
                    ? (wanted == null ? getTranslation(minimum.getValue() == null ? "language.pool.empty"
                            : "language.pool.none-at-level")
                            : getTranslation("language.pool.none", Languages.name(wanted, getLocale())))
                    : getTranslation(wanted == null ? "language.pool.all" : "language.pool.found", entries.size()));
        };
        language.addValueChangeListener(event -> search.run());
        minimum.addValueChangeListener(event -> search.run());
        FlexLayout filters = new FlexLayout(language, minimum);
        filters.addClassName("filters");
        add(new H2(getTranslation("nav.language-pool")), new Paragraph(getTranslation("language.pool.intro")),
                filters, status, grid);
        search.run();
    }

    @Override
    public String titleKey() {
        return "nav.language-pool";
    }
}
