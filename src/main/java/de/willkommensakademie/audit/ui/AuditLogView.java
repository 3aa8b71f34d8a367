package de.willkommensakademie.audit.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditFilter;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.audit.AuditRecord;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.base.ui.LocalizedDatePicker;
import jakarta.annotation.security.RolesAllowed;

/**
 * The authority's audit log, newest first, loaded page by page: filtered by action, by a range of days and with or
 * without sign-ins, and downloadable as CSV exactly as filtered.
 */
@Route("admin/audit")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.audit", order = 90, icon = "vaadin:clipboard-text")
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final ComboBox<AuditAction> actionFilter = new ComboBox<>();
    private final LocalizedDatePicker from;
    private final LocalizedDatePicker to;
    private final Checkbox withoutLogins = new Checkbox();
    /** The filter as last set in the UI; the CSV download reads it outside the UI's lock. */
    private volatile AuditFilter filter = AuditFilter.none();

    AuditLogView(AuditLog auditLog) {
        addClassName("page");
        setSizeFull();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());

        actionFilter.setLabel(getTranslation("audit.filter.action"));
        actionFilter.setItems(AuditAction.values());
        actionFilter.setItemLabelGenerator(action -> getTranslation("audit.action." + action.name()));
        actionFilter.setClearButtonVisible(true);
        actionFilter.setMinWidth("18rem");
        from = new LocalizedDatePicker(getTranslation("audit.filter.from"), getLocale());
        to = new LocalizedDatePicker(getTranslation("audit.filter.to"), getLocale());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        to.setHelperText(getTranslation("audit.filter.helper"));
        from.addValueChangeListener(event -> to.setMin(event.getValue()));
        to.addValueChangeListener(event -> from.setMax(event.getValue()));
        withoutLogins.setLabel(getTranslation("audit.filter.without-logins"));

        Grid<AuditRecord> grid = new Grid<>();
        grid.addColumn(entry -> format.format(entry.occurredAt())).setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditRecord::actor).setHeader(getTranslation("audit.column.actor")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action().name()))
                .setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(AuditRecord::target).setHeader(getTranslation("audit.column.target")).setAutoWidth(true);
        grid.addColumn(AuditRecord::details).setHeader(getTranslation("audit.column.details")).setFlexGrow(1);
        grid.setAriaLabel(getTranslation("nav.audit"));
        // Paged queries both ways: the grid asks for the page it shows and for the count, never for everything.
        grid.setItems(query -> auditLog.find(filter, getLocale(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(), query -> (int) auditLog.count(filter));
        Runnable refresh = () -> {
            filter = new AuditFilter(actionFilter.getValue(), from.getValue(), to.getValue(),
                    withoutLogins.getValue());
            grid.getDataProvider().refreshAll();
        };
        actionFilter.addValueChangeListener(event -> refresh.run());
        from.addValueChangeListener(event -> refresh.run());
        to.addValueChangeListener(event -> refresh.run());
        withoutLogins.addValueChangeListener(event -> refresh.run());

        FlexLayout filters = new FlexLayout(actionFilter, from, to, withoutLogins);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2(getTranslation("nav.audit")), filters,
                FileTransfer.download(getTranslation("audit.export"), null, "audit-log.csv", "text/csv",
                        () -> auditLog.exportCsv(filter, getLocale())),
                grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " – " + getTranslation("app.name");
    }
}
