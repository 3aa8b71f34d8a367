package de.willkommensakademie.people.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.people.ManagedStaff;
import de.willkommensakademie.people.TeamMemberRow;
import jakarta.annotation.security.RolesAllowed;

/** A manager's view of the people in the teams they lead: who they are, not how they perform. */
@Route("team")
@RolesAllowed(Role.Name.MANAGER)
@Menu(title = "nav.my-team", order = 20, icon = "vaadin:users")
class MyTeamView extends VerticalLayout implements TranslatedTitle {

    MyTeamView(ManagedStaff employees) {
        addClassName("page");
        setSizeFull();
        Locale locale = getLocale();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        TextField search = new TextField(getTranslation("employees.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        Grid<TeamMemberRow> grid = new Grid<>();
        grid.addColumn(TeamMemberRow::fullName).setHeader(getTranslation("employee.field.name")).setAutoWidth(true);
        grid.addColumn(TeamMemberRow::teamName).setHeader(getTranslation("employee.field.team")).setAutoWidth(true);
        grid.addColumn(row -> row.jobRole() == null ? "" : row.jobRole().name(locale))
                .setHeader(getTranslation("employee.field.job-role")).setAutoWidth(true);
        grid.addColumn(row -> row.startDate() == null ? "" : dates.format(row.startDate()))
                .setHeader(getTranslation("employee.field.start-date")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("nav.my-team"));
        grid.setItems(query -> employees.findMembersOfMyTeams(search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("nav.my-team")), search, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String titleKey() {
        return "nav.my-team";
    }
}
