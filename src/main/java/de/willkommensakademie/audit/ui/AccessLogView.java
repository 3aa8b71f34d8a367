package de.willkommensakademie.audit.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.audit.AccessFilter;
import de.willkommensakademie.audit.AccessHistory;
import de.willkommensakademie.audit.AccessKind;
import de.willkommensakademie.audit.AccessRecord;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.TranslatedTitle;
import jakarta.annotation.security.RolesAllowed;

/**
 * The authority's access log: who viewed, downloaded, exported or reminded about whose records, newest first, loaded
 * page by page; filtered by person, kind and a range of days, and downloadable as CSV exactly as filtered.
 */
@Route("admin/access-log")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.access-log", order = 91, icon = "vaadin:eye")
class AccessLogView extends LogPage<AccessRecord, AccessFilter> implements TranslatedTitle {

    private static final int NAME_LENGTH = 200;

    private final TextField person = new TextField();
    private final ComboBox<AccessKind> kind = new ComboBox<>();

    AccessLogView(AccessHistory history) {
        super(AccessFilter.none());
        person.setLabel(getTranslation("access.filter.person"));
        person.setHelperText(getTranslation("access.filter.person.helper"));
        person.setMaxLength(NAME_LENGTH);
        person.setClearButtonVisible(true);
        person.setValueChangeMode(ValueChangeMode.LAZY);
        kind.setLabel(getTranslation("access.filter.kind"));
        kind.setItems(AccessKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("access.kind." + value.name()));
        kind.setClearButtonVisible(true);
        kind.setMinWidth("18rem");

        grid.addColumn(entry -> when.format(entry.at())).setHeader(getTranslation("access.column.when"))
                .setAutoWidth(true);
        grid.addColumn(AccessRecord::actor).setHeader(getTranslation("access.column.actor")).setAutoWidth(true);
        grid.addColumn(entry -> entry.subject() == null ? "–" : entry.subject())
                .setHeader(getTranslation("access.column.subject")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("access.kind." + entry.kind().name()))
                .setHeader(getTranslation("access.column.kind")).setAutoWidth(true);
        grid.addColumn(entry -> entry.what() == null ? "–" : entry.what())
                .setHeader(getTranslation("access.column.what")).setFlexGrow(1);
        grid.setAriaLabel(getTranslation("nav.access-log"));

        layOut(List.of(new H2(getTranslation("nav.access-log")),
                new Paragraph(getTranslation("access.admin.explanation"))), List.of(person, kind),
                () -> new AccessFilter(person.getValue(), kind.getValue(), from(), to()), history::find,
                history::count, "access-log.csv", filter -> history.exportCsv(filter, getLocale()));
    }

    @Override
    public String titleKey() {
        return "nav.access-log";
    }
}
