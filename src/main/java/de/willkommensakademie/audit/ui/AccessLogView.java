package de.willkommensakademie.audit.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.willkommensakademie.audit.AccessFilter;
import de.willkommensakademie.audit.AccessHistory;
import de.willkommensakademie.audit.AccessKind;
import de.willkommensakademie.audit.AccessRecord;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.base.ui.LocalizedDatePicker;
import de.willkommensakademie.base.ui.TranslatedTitle;
import jakarta.annotation.security.RolesAllowed;

/**
 * The authority's access log: who viewed, downloaded, exported or reminded about whose records, newest first, loaded
 * page by page; filtered by person, kind and a range of days, and downloadable as CSV exactly as filtered.
 */
@Route("admin/access-log")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.access-log", order = 91, icon = "vaadin:eye")
class AccessLogView extends VerticalLayout implements TranslatedTitle {

    private static final int NAME_LENGTH = 200;

    private final TextField person = new TextField();
    private final ComboBox<AccessKind> kind = new ComboBox<>();
    private final LocalizedDatePicker from;
    private final LocalizedDatePicker to;
    /** The filter as last set in the UI; the CSV download reads it outside the UI's lock. */
    private volatile AccessFilter filter = AccessFilter.none();

    AccessLogView(AccessHistory history) {
        addClassName("page");
        setSizeFull();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());

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
        from = new LocalizedDatePicker(getTranslation("audit.filter.from"), getLocale());
        to = new LocalizedDatePicker(getTranslation("audit.filter.to"), getLocale());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        to.setHelperText(getTranslation("audit.filter.helper"));
        from.addValueChangeListener(event -> to.setMin(event.getValue()));
        to.addValueChangeListener(event -> from.setMax(event.getValue()));

        Grid<AccessRecord> grid = new Grid<>();
        grid.addColumn(entry -> format.format(entry.at())).setHeader(getTranslation("access.column.when"))
                .setAutoWidth(true);
        grid.addColumn(AccessRecord::actor).setHeader(getTranslation("access.column.actor")).setAutoWidth(true);
        grid.addColumn(entry -> entry.subject() == null ? "–" : entry.subject())
                .setHeader(getTranslation("access.column.subject")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("access.kind." + entry.kind().name()))
                .setHeader(getTranslation("access.column.kind")).setAutoWidth(true);
        grid.addColumn(entry -> entry.what() == null ? "–" : entry.what())
                .setHeader(getTranslation("access.column.what")).setFlexGrow(1);
        grid.setAriaLabel(getTranslation("nav.access-log"));
        // Paged queries both ways: the grid asks for the page it shows and for the count, never for everything.
        grid.setItems(query -> history.find(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) history.count(filter));
        Runnable refresh = () -> {
            filter = new AccessFilter(person.getValue(), kind.getValue(), from.getValue(), to.getValue());
            grid.getDataProvider().refreshAll();
        };
        person.addValueChangeListener(event -> refresh.run());
        kind.addValueChangeListener(event -> refresh.run());
        from.addValueChangeListener(event -> refresh.run());
        to.addValueChangeListener(event -> refresh.run());

        FlexLayout filters = new FlexLayout(person, kind, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2(getTranslation("nav.access-log")), new Paragraph(getTranslation("access.admin.explanation")),
                filters, FileTransfer.download(getTranslation("audit.export"), null, "access-log.csv", "text/csv",
                        () -> history.exportCsv(filter, getLocale())),
                grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String titleKey() {
        return "nav.access-log";
    }
}
