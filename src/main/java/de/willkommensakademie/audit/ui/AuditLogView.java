package de.willkommensakademie.audit.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.audit.AuditRecord;
import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The authority's audit log, newest first, loaded page by page. */
@Route("admin/audit")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.audit", order = 90, icon = "vaadin:clipboard-text")
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    AuditLogView(AuditLog auditLog) {
        addClassName("page");
        setSizeFull();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());

        ComboBox<AuditAction> actionFilter = new ComboBox<>(getTranslation("audit.filter.action"));
        actionFilter.setItems(AuditAction.values());
        actionFilter.setItemLabelGenerator(action -> getTranslation("audit.action." + action.name()));
        actionFilter.setClearButtonVisible(true);

        Grid<AuditRecord> grid = new Grid<>();
        grid.addColumn(entry -> format.format(entry.occurredAt())).setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditRecord::actor).setHeader(getTranslation("audit.column.actor")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action().name()))
                .setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(AuditRecord::target).setHeader(getTranslation("audit.column.target")).setAutoWidth(true);
        grid.addColumn(AuditRecord::details).setHeader(getTranslation("audit.column.details")).setFlexGrow(1);
        grid.setAriaLabel(getTranslation("nav.audit"));
        grid.setItems(query -> auditLog
                .find(actionFilter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        actionFilter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        add(new H2(getTranslation("nav.audit")), actionFilter, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " – " + getTranslation("app.name");
    }
}
