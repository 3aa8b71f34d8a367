package de.willkommensakademie.assessment.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.willkommensakademie.assessment.ActionPlan;
import de.willkommensakademie.assessment.ActionRow;
import de.willkommensakademie.assessment.ActionStatus;
import de.willkommensakademie.base.ui.Notifications;

/**
 * The actions a person sees, loaded page by page: title, cornerstone, owner, due date (overdue said in words, not
 * by colour alone), status. Selecting one offers its status change and, where the person may edit it, editing.
 */
class ActionList extends VerticalLayout {

    private final transient ActionPlan plan;
    private final Select<ActionStatus> statusFilter = new Select<>();
    private final Grid<ActionRow> grid = new Grid<>();
    private final FlexLayout selected = new FlexLayout();
    private transient Consumer<ActionRow> edit;

    /** {@code ownedOnly}: only the actions the person owns. */
    ActionList(ActionPlan plan, boolean ownedOnly) {
        this.plan = plan;
        setPadding(false);
        setSizeFull();
        Locale locale = getLocale();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);

        statusFilter.setLabel(getTranslation("assessment.action.filter.status"));
        statusFilter.setItems(ActionStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("assessment.action.filter.all"));
        statusFilter.setItemLabelGenerator(status -> status == null ? getTranslation("assessment.action.filter.all")
                : getTranslation("assessment.action.status." + status.name()));
        statusFilter.addValueChangeListener(event -> refresh());

        // at least 14em, so a title wraps between words on a phone (the grid scrolls sideways instead)
        grid.addColumn(ActionRow::title).setHeader(getTranslation("assessment.action.field.title")).setWidth("14em").setFlexGrow(2);
        grid.addColumn(row -> getTranslation("cornerstone." + row.cornerstone().name()))
                .setHeader(getTranslation("assessment.action.field.cornerstone")).setAutoWidth(true);
        grid.addColumn(row -> row.ownerName() == null ? getTranslation("assessment.action.no-owner")
                : row.ownerName()).setHeader(getTranslation("assessment.action.field.owner")).setAutoWidth(true);
        grid.addColumn(row -> row.overdue() ? getTranslation("assessment.action.overdue-date",
                dates.format(row.dueOn())) : dates.format(row.dueOn()))
                .setHeader(getTranslation("assessment.action.field.due")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("assessment.action.status." + row.status().name()))
                .setHeader(getTranslation("assessment.action.field.status")).setAutoWidth(true);
        grid.addColumn(row -> row.roundTitle() == null ? "" : row.roundTitle())
                .setHeader(getTranslation("assessment.action.field.round")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("assessment.action.list"));
        grid.setItems(query -> plan.find(statuses(), ownedOnly, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) plan.count(statuses(), ownedOnly));
        grid.asSingleSelect().addValueChangeListener(event -> showSelected(event.getValue()));
        grid.setEmptyStateText(getTranslation("assessment.action.empty"));

        selected.addClassName("module-actions");
        selected.getElement().setAttribute("role", "toolbar");
        selected.getElement().setAttribute("aria-label", getTranslation("assessment.action.selected"));
        add(statusFilter, grid, new Paragraph(getTranslation("assessment.action.select-hint")), selected);
        setFlexGrow(1, grid);
    }

    /** Offers editing of the actions the person may edit; without it the list offers none. */
    void onEdit(Consumer<ActionRow> editor) {
        this.edit = editor;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        showSelected(null);
    }

    private Set<ActionStatus> statuses() {
        return statusFilter.getValue() == null ? Set.of() : EnumSet.of(statusFilter.getValue());
    }

    private void showSelected(ActionRow row) {
        selected.removeAll();
        if (row == null) {
            return;
        }
        if (row.note() != null) {
            selected.add(new Paragraph(getTranslation("assessment.action.note-is", row.note())));
        }
        if (!row.assigned().isEmpty()) {
            selected.add(new Paragraph(getTranslation("assessment.action.assigned-count", row.assigned().size())));
        }
        if (row.statusChangeable()) {
            Select<ActionStatus> status = new Select<>();
            status.setLabel(getTranslation("assessment.action.new-status", row.title()));
            status.setItems(EnumSet.complementOf(EnumSet.of(row.status())));
            status.setItemLabelGenerator(value -> getTranslation("assessment.action.status." + value.name()));
            Button change = new Button(getTranslation("assessment.action.change-status"), event -> {
                if (status.getValue() == null) {
                    status.setInvalid(true);
                    status.setErrorMessage(getTranslation("assessment.action.error.status-missing"));
                    return;
                }
                plan.changeStatus(row.id(), row.version(), status.getValue());
                Notifications.success(getTranslation("assessment.action.status-changed", row.title(),
                        getTranslation("assessment.action.status." + status.getValue().name())));
                refresh();
            });
            change.setAriaLabel(getTranslation("assessment.action.change-status") + ": " + row.title());
            selected.add(status, change);
        }
        if (edit != null && row.editable()) {
            Button editButton = new Button(getTranslation("action.edit"), event -> edit.accept(row));
            editButton.setAriaLabel(getTranslation("action.edit") + ": " + row.title());
            selected.add(editButton);
        }
    }
}
