package de.willkommensakademie.audit.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.willkommensakademie.audit.AccessHistory;
import de.willkommensakademie.audit.AccessRecord;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.AccountStatus;
import de.willkommensakademie.base.ui.TranslatedTitle;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Who viewed my data": what others did with the signed-in person's records in the last twelve months, newest first,
 * loaded page by page. Opened from the user menu, like the password change.
 */
@Route(AccountStatus.ACCESS_LOG_ROUTE)
@RolesAllowed({Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.TRAINER, Role.Name.ADMIN})
class MyAccessLogView extends VerticalLayout implements TranslatedTitle {

    MyAccessLogView(AccessHistory history) {
        addClassName("page");
        setSizeFull();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());

        Grid<AccessRecord> grid = new Grid<>();
        grid.addColumn(entry -> format.format(entry.at())).setHeader(getTranslation("access.column.when"))
                .setAutoWidth(true);
        grid.addColumn(AccessRecord::actor).setHeader(getTranslation("access.column.actor")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("access.kind." + entry.kind().name()))
                .setHeader(getTranslation("access.column.kind")).setAutoWidth(true);
        grid.addColumn(entry -> entry.what() == null ? "–" : entry.what())
                .setHeader(getTranslation("access.column.what")).setFlexGrow(1);
        grid.setAriaLabel(getTranslation("access.mine.title"));
        grid.setEmptyStateText(getTranslation("access.mine.empty"));
        grid.setItems(query -> history.aboutMe(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) history.countAboutMe());

        add(new H2(getTranslation("access.mine.title")), new Paragraph(getTranslation("access.mine.explanation")),
                grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String titleKey() {
        return "access.mine.title";
    }
}
