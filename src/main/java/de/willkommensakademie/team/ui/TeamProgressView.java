package de.willkommensakademie.team.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.learning.AssignedContent;
import de.willkommensakademie.people.JobRoleOption;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.team.Matrix;
import de.willkommensakademie.team.Matrix.Cell;
import de.willkommensakademie.team.Matrix.Column;
import de.willkommensakademie.team.Matrix.PersonRow;
import de.willkommensakademie.team.Matrix.TeamRow;
import de.willkommensakademie.team.ProgressExport;
import de.willkommensakademie.team.ProgressFilter;
import de.willkommensakademie.team.ProgressTexts;
import de.willkommensakademie.team.StatusFilter;
import de.willkommensakademie.team.TeamProgress;
import de.willkommensakademie.team.TeamReminders;
import jakarta.annotation.security.RolesAllowed;

/**
 * Team progress: people × what is assigned to them, with status in icon and words, column and row totals, the
 * compliance rate for mandatory training, filters that live in the URL, exports of exactly what is shown and
 * reminders. Under "totals only" the same page shows teams with counts and no name. On a narrow screen the
 * matrix becomes a list of people, each with their items (the stylesheet switches at 600 px).
 */
@Route(TeamProgressView.ROUTE)
@RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
@Menu(title = "nav.team-progress", order = 22, icon = "vaadin:table")
class TeamProgressView extends VerticalLayout implements TranslatedTitle, BeforeEnterObserver {

    static final String ROUTE = "team/progress";

    private final transient TeamProgress progress;
    private final transient TeamReminders reminders;
    /** The teams to choose from, as the last matrix was read with them ({@link TeamProgress#page}). */
    private List<TeamOption> teams;
    private final List<JobRoleOption> jobRoles;
    private final ProgressTexts texts;
    private final Locale locale;

    private final Select<TeamOption> team = new Select<>();
    private final Select<JobRoleOption> jobRole = new Select<>();
    private final Select<AssignedContent> item = new Select<>();
    private final Select<StatusFilter> status = new Select<>();
    private final Checkbox mandatoryOnly = new Checkbox();
    private final TextField name = new TextField();
    private final Paragraph compliance = new Paragraph();
    private final Paragraph reset = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final Grid<PersonRow> people = new Grid<>();
    private final Grid<PersonRow> cards = new Grid<>();
    private final Grid<TeamRow> teamCounts = new Grid<>();
    private final Button remind = new Button();
    private final Paragraph remindHelp = new Paragraph();

    /** The filter as last applied; the downloads read it outside the UI's lock. */
    private volatile ProgressFilter filter = ProgressFilter.none();
    private transient Matrix matrix;
    private Map<AssignedContent, String> itemTitles = Map.of();
    private boolean updating;
    private String writtenLocation = "";

    TeamProgressView(TeamProgress progress, TeamReminders reminders, ProgressExport export,
            JobRoleService jobRoleService) {
        this.progress = progress;
        this.reminders = reminders;
        this.jobRoles = jobRoleService.options();
        this.locale = getLocale();
        this.texts = new ProgressTexts(locale, this::getTranslation);
        addClassName("page");
        addClassName("team-progress");
        setSizeFull();

        FlexLayout filters = new FlexLayout(filterFields().toArray(Component[]::new));
        filters.addClassName("filters");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        CallbackDataProvider<PersonRow, Void> rows = DataProvider.fromCallbacks(
                query -> rows().skip(query.getOffset()).limit(query.getLimit()),
                query -> matrix == null ? 0 : matrix.people().size());
        people.setItems(rows);
        people.setSelectionMode(Grid.SelectionMode.MULTI);
        people.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        people.setAriaLabel(getTranslation("nav.team-progress"));
        people.addClassName("progress-matrix");
        people.addSelectionListener(event -> remind.setEnabled(!event.getAllSelectedItems().isEmpty()));

        cards.setItems(rows);
        cards.addColumn(new ComponentRenderer<>(this::card)).setHeader(getTranslation("progress.column.person"))
                .setKey("card");
        cards.setSelectionMode(Grid.SelectionMode.NONE);
        cards.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        cards.setAriaLabel(getTranslation("progress.list"));
        cards.addClassName("progress-cards");

        teamCounts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        teamCounts.setAriaLabel(getTranslation("progress.teams"));
        teamCounts.setAllRowsVisible(true);

        remind.setText(getTranslation("progress.remind"));
        remind.setIcon(VaadinIcon.BELL.create());
        remind.setEnabled(false);
        remind.addClickListener(event -> remindChosen());
        remindHelp.setText(getTranslation("progress.remind.help", TeamReminders.DUE_WITHIN_DAYS));
        remindHelp.addClassName("hint");

        Anchor csv = FileTransfer.download(getTranslation("progress.export.csv"), getTranslation("nav.team-progress"),
                "team-progress.csv", "text/csv", () -> export.csv(filter, locale));
        Anchor xlsx = FileTransfer.download(getTranslation("progress.export.xlsx"),
                getTranslation("nav.team-progress"), "team-progress.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", () -> export.xlsx(filter, locale));
        HorizontalLayout actions = new HorizontalLayout(remind, csv, xlsx);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.addClassName("progress-actions");

        compliance.addClassName("progress-compliance");
        add(new H2(getTranslation("nav.team-progress")), filters, reset, compliance, actions, remindHelp, empty,
                people, cards, teamCounts);
        setFlexGrow(1, people, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(ProgressFilter.fromQuery(event.getLocation().getQueryParameters().getParameters()), false);
    }

    private Stream<PersonRow> rows() {
        return matrix == null ? Stream.empty() : matrix.people().stream();
    }

    private List<Component> filterFields() {
        team.setLabel(getTranslation("progress.filter.team"));
        team.setItemLabelGenerator(option -> option == null ? getTranslation("progress.filter.all-teams")
                : option.name());
        team.setEmptySelectionAllowed(true);
        team.setEmptySelectionCaption(getTranslation("progress.filter.all-teams"));
        team.addValueChangeListener(event -> changed(filter.withTeam(event.getValue() == null ? null
                : event.getValue().id())));

        jobRole.setLabel(getTranslation("progress.filter.job-role"));
        jobRole.setItems(jobRoles);
        jobRole.setItemLabelGenerator(option -> option == null ? getTranslation("progress.filter.all-job-roles")
                : option.name(locale));
        jobRole.setEmptySelectionAllowed(true);
        jobRole.setEmptySelectionCaption(getTranslation("progress.filter.all-job-roles"));
        jobRole.addValueChangeListener(event -> changed(filter.withJobRole(event.getValue() == null ? null
                : event.getValue().id())));

        item.setLabel(getTranslation("progress.filter.item"));
        item.addClassName("wide-filter");
        item.setItemLabelGenerator(content -> content == null ? getTranslation("progress.filter.all-items")
                : itemTitles.getOrDefault(content, ""));
        item.setEmptySelectionAllowed(true);
        item.setEmptySelectionCaption(getTranslation("progress.filter.all-items"));
        item.addValueChangeListener(event -> changed(filter.withItem(event.getValue())));

        status.setLabel(getTranslation("progress.filter.status"));
        status.setItems(StatusFilter.values());
        status.setItemLabelGenerator(value -> getTranslation("progress.filter.status." + value.name()));
        status.setValue(StatusFilter.ALL);
        status.addValueChangeListener(event -> changed(filter.withStatus(event.getValue())));

        mandatoryOnly.setLabel(getTranslation("progress.filter.mandatory-only"));
        mandatoryOnly.addValueChangeListener(event -> changed(filter.withMandatoryOnly(event.getValue())));

        name.setLabel(getTranslation("progress.filter.name"));
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setClearButtonVisible(true);
        name.setMaxLength(100);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(event -> changed(filter.withName(event.getValue())));
        return List.of(team, jobRole, item, status, mandatoryOnly, name);
    }

    private void changed(ProgressFilter wanted) {
        if (!updating) {
            show(wanted, true);
        }
    }

    /**
     * Computes the matrix once for the filter and shows it. A job role or item that is not among the choices is
     * dropped; a team the viewer may not follow is dropped by the service; the fields then show what applies.
     */
    private void show(ProgressFilter requested, boolean writeUrl) {
        ProgressFilter wanted = requested;
        if (wanted.jobRoleId() != null && jobRoles.stream().noneMatch(role -> role.id() == requested.jobRoleId())) {
            wanted = wanted.withJobRole(null);
        }
        // each matrix comes with the teams to choose from, so the followed teams are resolved once per request
        TeamProgress.Page page = progress.page(wanted);
        if (!page.teams().equals(teams)) {
            teams = page.teams();
            boolean wasUpdating = updating;
            updating = true;
            try {
                team.setItems(teams);
            } finally {
                updating = wasUpdating;
            }
        }
        Matrix computed = page.matrix();
        if (wanted.item() != null && computed.items().stream()
                .noneMatch(column -> requested.item().equals(column.content()))) {
            computed = progress.matrix(wanted.withItem(null));
        }
        matrix = computed;
        filter = computed.filter();
        boolean dropped = requested.teamId() != null && filter.teamId() == null
                || requested.jobRoleId() != null && filter.jobRoleId() == null
                || requested.item() != null && filter.item() == null;
        reset.setText(dropped ? getTranslation("progress.filter.reset") : "");
        reset.setVisible(dropped);
        updateFields();
        buildGrids();
        if (writeUrl || dropped) {
            Location location = new Location(ROUTE, QueryParameters.simple(filter.toQuery()));
            writtenLocation = location.getPathWithQueryParameters();
            UI.getCurrent().getPage().getHistory().replaceState(null, location);
        }
    }

    private void updateFields() {
        updating = true;
        try {
            team.setValue(teams.stream().filter(option -> Objects.equals(option.id(), filter.teamId())).findFirst()
                    .orElse(null));
            jobRole.setValue(jobRoles.stream().filter(option -> Objects.equals(option.id(), filter.jobRoleId()))
                    .findFirst().orElse(null));
            itemTitles = matrix.items().stream().collect(Collectors.toMap(Column::content,
                    column -> column.title(locale) + " (" + texts.kind(column) + ")", (a, b) -> a,
                    LinkedHashMap::new));
            item.setItems(new ArrayList<>(itemTitles.keySet()));
            item.setValue(filter.item());
            status.setValue(filter.status());
            mandatoryOnly.setValue(filter.mandatoryOnly());
            name.setValue(filter.name() == null ? "" : filter.name());
            name.setVisible(matrix.namesShown());
        } finally {
            updating = false;
        }
    }

    private void buildGrids() {
        boolean names = matrix.namesShown();
        compliance.setText(texts.compliance(matrix.mandatory()));
        empty.setText(getTranslation(names ? "progress.empty" : "progress.empty.teams"));
        empty.setVisible(matrix.isEmpty());
        people.setVisible(names && !matrix.isEmpty());
        cards.setVisible(names && !matrix.isEmpty());
        teamCounts.setVisible(!names && !matrix.isEmpty());
        remind.setVisible(names);
        remindHelp.setVisible(names);
        people.deselectAll();
        remind.setEnabled(false);
        if (names) {
            buildPeopleColumns();
            people.getDataProvider().refreshAll();
        } else {
            buildTeamColumns();
            teamCounts.setItems(matrix.teams());
        }
    }

    private void buildPeopleColumns() {
        people.removeAllColumns();
        people.addColumn(LitRenderer.<PersonRow>of("""
                <div class="progress-person"><a href="${item.link}">${item.name}</a>\
                <span class="progress-person-meta">${item.meta}</span></div>""")
                .withProperty("link", row -> PersonProgressView.ROUTE + "/" + row.id())
                .withProperty("name", PersonRow::name)
                .withProperty("meta", row -> Stream.of(row.team(), row.jobRole(locale)).filter(Objects::nonNull)
                        .collect(Collectors.joining(" · "))))
                .setHeader(getTranslation("progress.column.person")).setFrozen(true).setWidth("14rem")
                .setFlexGrow(0).setKey("person");
        List<Column> columns = matrix.columns();
        for (int index = 0; index < columns.size(); index++) {
            int position = index;
            Column column = columns.get(position);
            people.addColumn(LitRenderer.<PersonRow>of("""
                    <span class="progress-cell ${item.css}"><vaadin-icon icon="${item.icon}" aria-hidden="true">\
                    </vaadin-icon> ${item.text}</span>""")
                    .withProperty("icon", row -> icon(row.cells().get(position)))
                    .withProperty("css", row -> css(row.cells().get(position)))
                    .withProperty("text", row -> texts.cell(column, row.cells().get(position))))
                    .setHeader(header(column)).setWidth("12rem").setFlexGrow(0);
        }
        people.addColumn(row -> texts.totals(row.totals())).setHeader(header(getTranslation("progress.column.total"),
                null, texts.totals(matrix.total()))).setWidth("11rem").setFlexGrow(1);
    }

    private void buildTeamColumns() {
        teamCounts.removeAllColumns();
        teamCounts.addColumn(TeamRow::team).setHeader(getTranslation("progress.column.team")).setFrozen(true)
                .setWidth("12rem").setFlexGrow(0);
        teamCounts.addColumn(row -> texts.people(row.people())).setHeader(getTranslation("progress.column.people"))
                .setWidth("8rem").setFlexGrow(0);
        List<Column> columns = matrix.columns();
        for (int index = 0; index < columns.size(); index++) {
            int position = index;
            teamCounts.addColumn(row -> texts.totals(row.cells().get(position))).setHeader(header(columns.get(position)))
                    .setWidth("11rem").setFlexGrow(0);
        }
        teamCounts.addColumn(row -> texts.totals(row.totals())).setHeader(header(
                getTranslation("progress.column.total"), null, texts.totals(matrix.total()))).setWidth("11rem")
                .setFlexGrow(1);
    }

    private Div header(Column column) {
        return header(texts.title(column, locale), texts.kind(column), texts.totals(column.totals()));
    }

    private static Div header(String title, String kind, String totals) {
        Div header = new Div();
        header.addClassName("progress-header");
        Span heading = new Span(title);
        heading.addClassName("progress-header-title");
        header.add(heading);
        if (kind != null) {
            Span what = new Span(kind);
            what.addClassName("progress-header-kind");
            header.add(what);
        }
        Span sum = new Span(totals);
        sum.addClassName("progress-header-totals");
        header.add(sum);
        return header;
    }

    /** A person as a card for narrow screens: name, team and job role, then every item with its status. */
    private Div card(PersonRow row) {
        Div card = new Div();
        card.addClassName("progress-card");
        Anchor person = new Anchor(PersonProgressView.ROUTE + "/" + row.id(), row.name());
        person.addClassName("progress-card-name");
        Span meta = new Span(Stream.of(row.team(), row.jobRole(locale)).filter(Objects::nonNull)
                .collect(Collectors.joining(" · ")));
        meta.addClassName("progress-person-meta");
        UnorderedList items = new UnorderedList();
        List<Column> columns = matrix.columns();
        for (int position = 0; position < columns.size(); position++) {
            Cell cell = row.cells().get(position);
            if (cell == null) {
                continue;
            }
            Column column = columns.get(position);
            Icon icon = StateIcons.of(cell.state()).create();
            icon.getElement().setAttribute("aria-hidden", "true");
            icon.addClassName(StateIcons.cssClass(cell.state()));
            Span title = new Span(texts.title(column, locale) + " (" + texts.kind(column) + "): ");
            items.add(new ListItem(title, icon, new Span(" " + texts.cell(column, cell))));
        }
        Span totals = new Span(texts.totals(row.totals()));
        totals.addClassName("progress-person-meta");
        card.add(person, meta, items, totals);
        return card;
    }

    private void remindChosen() {
        Set<PersonRow> chosen = people.getSelectedItems();
        TeamReminders.Outcome outcome = reminders.remind(chosen.stream().map(PersonRow::id).toList());
        List<String> lines = new ArrayList<>();
        if (!outcome.reminded().isEmpty()) {
            lines.add(getTranslation("progress.remind.sent", outcome.notices(), String.join(", ", outcome.reminded())));
        }
        if (!outcome.alreadyReminded().isEmpty()) {
            lines.add(getTranslation("progress.remind.throttled", String.join(", ", outcome.alreadyReminded())));
        }
        if (!outcome.nothingDue().isEmpty()) {
            lines.add(getTranslation("progress.remind.nothing-due", String.join(", ", outcome.nothingDue())));
        }
        String message = String.join(" ", lines);
        if (outcome.reminded().isEmpty()) {
            Notifications.error(message);
        } else {
            Notifications.success(message);
        }
        people.deselectAll();
    }

    /** The address last written to the browser's address bar (without reloading the page). */
    String writtenLocation() {
        return writtenLocation;
    }

    private static String icon(Cell cell) {
        return cell == null ? "" : StateIcons.name(cell.state());
    }

    private static String css(Cell cell) {
        return cell == null ? "" : StateIcons.cssClass(cell.state());
    }

    @Override
    public String titleKey() {
        return "nav.team-progress";
    }
}
