package de.willkommensakademie.audit.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditFilter;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.audit.AuditRecord;
import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The authority's audit log, newest first, loaded page by page: filtered by action, by a range of days and with or
 * without sign-ins, and downloadable as CSV exactly as filtered.
 */
@Route("admin/audit")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.audit", order = 90, icon = "vaadin:clipboard-text")
class AuditLogView extends LogPage<AuditRecord, AuditFilter> implements HasDynamicTitle {

    private final ComboBox<AuditAction> actionFilter = new ComboBox<>();
    private final Checkbox withoutLogins = new Checkbox();

    AuditLogView(AuditLog auditLog) {
        super(AuditFilter.none());
        actionFilter.setLabel(getTranslation("audit.filter.action"));
        actionFilter.setItems(AuditAction.values());
        actionFilter.setItemLabelGenerator(action -> getTranslation("audit.action." + action.name()));
        actionFilter.setClearButtonVisible(true);
        actionFilter.setMinWidth("18rem");
        withoutLogins.setLabel(getTranslation("audit.filter.without-logins"));

        grid.addColumn(entry -> when.format(entry.occurredAt())).setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditRecord::actor).setHeader(getTranslation("audit.column.actor")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action().name()))
                .setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(AuditRecord::target).setHeader(getTranslation("audit.column.target")).setAutoWidth(true);
        grid.addColumn(AuditRecord::details).setHeader(getTranslation("audit.column.details")).setFlexGrow(1);
        grid.setAriaLabel(getTranslation("nav.audit"));

        layOut(List.of(new H2(getTranslation("nav.audit"))), List.of(actionFilter, withoutLogins),
                () -> new AuditFilter(actionFilter.getValue(), from(), to(), withoutLogins.getValue()),
                (filter, pageable) -> auditLog.find(filter, getLocale(), pageable), auditLog::count, "audit-log.csv",
                filter -> auditLog.exportCsv(filter, getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " – " + getTranslation("app.name");
    }
}
