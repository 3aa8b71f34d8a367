package de.willkommensakademie.people.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.people.EmployeeFilter;
import de.willkommensakademie.people.EmployeeForm;
import de.willkommensakademie.people.EmployeeRow;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.people.IdentityProviderAccounts;
import de.willkommensakademie.people.JobRoleOption;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TeamService;
import jakarta.annotation.security.RolesAllowed;

/** The admin's list of all employees of the authority, with filters, loaded page by page. */
@Route("admin/employees")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.employees", order = 50, icon = "vaadin:users")
class EmployeesView extends VerticalLayout implements TranslatedTitle {

    /** The status filter; "active" by default because people who left are rarely of interest. */
    enum Status {
        ACTIVE(Boolean.TRUE), INACTIVE(Boolean.FALSE), ALL(null);

        final Boolean active;

        Status(Boolean active) {
            this.active = active;
        }
    }

    private final transient EmployeeService employees;
    private final transient IdentityProviderAccounts identityProviderAccounts;
    private final transient List<JobRoleOption> jobRoleOptions;
    private final transient List<TeamOption> teamOptions;
    private final TextField search = new TextField();
    private final ComboBox<TeamOption> team = new ComboBox<>();
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<JobRoleOption> jobRole = new ComboBox<>();
    private final ComboBox<Status> status = new ComboBox<>();
    private final Grid<EmployeeRow> grid = new Grid<>();

    EmployeesView(EmployeeService employees, TeamService teams, JobRoleService jobRoles,
            IdentityProviderAccounts identityProviderAccounts) {
        this.employees = employees;
        this.identityProviderAccounts = identityProviderAccounts;
        this.jobRoleOptions = jobRoles.options();
        this.teamOptions = teams.options();
        Locale locale = getLocale();
        addClassName("page");
        setSizeFull();

        search.setLabel(getTranslation("employees.filter.search"));
        search.setPlaceholder(getTranslation("employees.filter.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        team.setLabel(getTranslation("employee.field.team"));
        team.setItems(teamOptions);
        team.setItemLabelGenerator(TeamOption::name);
        role.setLabel(getTranslation("employees.filter.role"));
        role.setItems(Role.ASSIGNABLE);
        role.setItemLabelGenerator(option -> getTranslation("role." + option.name()));
        jobRole.setLabel(getTranslation("employee.field.job-role"));
        jobRole.setItems(jobRoleOptions);
        jobRole.setItemLabelGenerator(option -> option.name(locale));
        status.setLabel(getTranslation("employees.filter.status"));
        status.setItems(Status.values());
        status.setItemLabelGenerator(option -> getTranslation("employees.status." + option.name()));
        status.setValue(Status.ACTIVE);
        team.setClearButtonVisible(true);
        role.setClearButtonVisible(true);
        jobRole.setClearButtonVisible(true);
        status.setAllowCustomValue(false);
        search.addValueChangeListener(event -> refresh());
        team.addValueChangeListener(event -> refresh());
        role.addValueChangeListener(event -> refresh());
        jobRole.addValueChangeListener(event -> refresh());
        status.addValueChangeListener(event -> refresh());
        FlexLayout filters = new FlexLayout(search, team, role, jobRole, status);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filters");

        Button create = new Button(getTranslation("employee.new"), VaadinIcon.PLUS.create(),
                event -> open(new EmployeeForm(), null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importCsv = new Button(getTranslation("nav.import"), VaadinIcon.UPLOAD.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(EmployeeImportView.class)));
        HorizontalLayout actions = new HorizontalLayout(create, importCsv);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        grid.addColumn(EmployeeRow::fullName).setHeader(getTranslation("employee.field.name")).setAutoWidth(true)
                .setFrozen(true);
        grid.addComponentColumn(this::username).setHeader(getTranslation("employee.field.username"))
                .setKey("username").setAutoWidth(true);
        grid.addColumn(EmployeeRow::email).setHeader(getTranslation("employee.field.email")).setAutoWidth(true);
        grid.addColumn(EmployeeRow::teamName).setHeader(getTranslation("employee.field.team")).setAutoWidth(true);
        grid.addColumn(row -> row.jobRole() == null ? "" : row.jobRole().name(locale))
                .setHeader(getTranslation("employee.field.job-role")).setAutoWidth(true);
        grid.addColumn(row -> row.roles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("employee.field.roles")).setAutoWidth(true);
        grid.addColumn(row -> row.startDate() == null ? "" : dates.format(row.startDate()))
                .setHeader(getTranslation("employee.field.start-date")).setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("employees.filter.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(row -> {
            Button edit = new Button(getTranslation("action.edit"), event -> open(employees.load(row.id()), row));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("employee.edit.named", row.fullName()));
            return edit;
        }).setHeader(getTranslation("employees.column.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("nav.employees"));
        grid.setItems(query -> employees.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) employees.count(filter()));

        add(new H2(getTranslation("nav.employees")), actions, filters, grid);
        setFlexGrow(1, grid);
    }

    /** The username, marked when the account signs in through the identity provider (a "Dienstkonto"). */
    private Span username(EmployeeRow row) {
        Span username = new Span(row.username());
        if (row.linkedToIdentityProvider()) {
            Span marker = new Span(getTranslation("employees.marker.linked"));
            marker.addClassNames("status-badge", "status-linked");
            marker.setTitle(getTranslation("employees.marker.linked.title"));
            username.add(new Span(" "), marker);
        }
        return username;
    }

    private Span statusBadge(EmployeeRow row) {
        String key = !row.active() ? "employees.status.INACTIVE" : row.locked() ? "employees.status.LOCKED"
                : "employees.status.ACTIVE";
        Span badge = new Span(getTranslation(key));
        badge.addClassNames("status-badge", !row.active() ? "status-inactive" : row.locked() ? "status-locked"
                : "status-active");
        return badge;
    }

    EmployeeFilter filter() {
        return new EmployeeFilter(search.getValue(), team.getValue() == null ? null : team.getValue().id(),
                role.getValue(), jobRole.getValue() == null ? null : jobRole.getValue().id(),
                status.getValue() == null ? null : status.getValue().active);
    }

    private void open(EmployeeForm form, EmployeeRow row) {
        new EmployeeDialog(employees, identityProviderAccounts, form, row, jobRoleOptions, teamOptions, this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String titleKey() {
        return "nav.employees";
    }
}
