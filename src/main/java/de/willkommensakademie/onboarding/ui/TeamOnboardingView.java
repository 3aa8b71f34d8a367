package de.willkommensakademie.onboarding.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.LocalizedDatePicker;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.onboarding.Onboarding;
import de.willkommensakademie.onboarding.OnboardingItem;
import de.willkommensakademie.onboarding.Responsible;
import de.willkommensakademie.onboarding.TeamOnboarding;
import de.willkommensakademie.onboarding.TeamOnboardingRow;
import de.willkommensakademie.onboarding.TeamOnboardingTotals;
import de.willkommensakademie.people.EmployeeOption;
import de.willkommensakademie.people.ManagedStaff;
import de.willkommensakademie.visibility.PeopleCount;
import de.willkommensakademie.visibility.VisibilityRules;
import jakarta.annotation.security.RolesAllowed;

/**
 * The manager's overview of onboarding in their teams: progress, overdue items, what waits for confirmation and
 * expected end per new person where the authority's preset shows onboarding per person, otherwise only counts; per person the items with due dates and overdue marks, to tick the manager's own,
 * confirm or send back what waits, choose the buddy, add or skip items; or start a checklist by hand.
 */
@Route("onboarding/team")
@RolesAllowed(Role.Name.MANAGER)
@Menu(title = "nav.onboarding-team", order = 23, icon = "vaadin:group")
class TeamOnboardingView extends VerticalLayout implements TranslatedTitle {

    private final transient Onboarding onboarding;
    private final transient Clock clock;
    private final List<EmployeeOption> colleagues;
    private final Grid<TeamOnboardingRow> grid = new Grid<>();
    private final Div detail = new Div();

    TeamOnboardingView(Onboarding onboarding, ManagedStaff employees, Clock clock) {
        this.onboarding = onboarding;
        this.clock = clock;
        this.colleagues = employees.assignableEmployees();
        addClassName("page");
        Locale locale = getLocale();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        grid.addColumn(TeamOnboardingRow::employee).setHeader(getTranslation("onboarding.field.person"))
                .setAutoWidth(true);
        grid.addColumn(row -> dates.format(row.startDate())).setHeader(getTranslation("onboarding.field.start"))
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation("onboarding.progress", row.finished(), row.total()))
                .setHeader(getTranslation("onboarding.field.progress")).setAutoWidth(true);
        grid.addColumn(row -> row.overdue() == row.overdueOwn() ? String.valueOf(row.overdue())
                : getTranslation("onboarding.team.overdue-own", row.overdue(), row.overdueOwn()))
                .setHeader(getTranslation("onboarding.field.overdue")).setAutoWidth(true);
        grid.addColumn(TeamOnboardingRow::waiting).setHeader(getTranslation("onboarding.field.waiting"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.onboarded() ? getTranslation("onboarding.onboarded")
                : dates.format(row.expectedEnd())).setHeader(getTranslation("onboarding.field.end")).setAutoWidth(true);
        grid.addColumn(row -> row.buddy() == null ? "–" : row.buddy()).setHeader(getTranslation("onboarding.field.buddy"))
                .setAutoWidth(true);
        grid.setAriaLabel(getTranslation("nav.onboarding-team"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> showDetail(event.getValue()));
        add(new H2(getTranslation("nav.onboarding-team")), startForm());
        // counts and rows from one read, so opening the page costs the same whatever the team's size
        TeamOnboarding page = onboarding.teamPage();
        TeamOnboardingTotals totals = page.totals();
        if (totals.perPerson()) {
            add(grid, new Paragraph(getTranslation("onboarding.team.overdue-note")), detail);
            grid.setItems(page.rows());
        } else {
            // The preset shows managers onboarding only as counts: no names, no one's checklist.
            add(new Paragraph(getTranslation("onboarding.team.counts-only", VisibilityRules.MIN_GROUP)),
                    totalsTable(totals));
        }
    }

    private NativeTable totalsTable(TeamOnboardingTotals totals) {
        NativeTable table = new NativeTable();
        table.addClassName("statistics-table");
        NativeTableRow header = table.getHead().addRow();
        header.addHeaderCell().setText(getTranslation("onboarding.team.total.what"));
        header.addHeaderCell().setText(getTranslation("onboarding.team.total.people"));
        for (var line : List.of(Map.entry("onboarding.team.total.with-checklist", totals.people()),
                Map.entry("onboarding.team.total.onboarded", totals.onboarded()),
                Map.entry("onboarding.team.total.overdue", totals.withOverdue()),
                Map.entry("onboarding.team.total.waiting", totals.waiting()))) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(getTranslation(line.getKey()));
            row.addDataCell().setText(text(line.getValue()));
        }
        return table;
    }

    private String text(PeopleCount count) {
        return count.fewerThanMin() ? getTranslation(PeopleCount.FEWER_THAN_MIN_KEY, VisibilityRules.MIN_GROUP)
                : String.valueOf(count.value());
    }

    private void refresh() {
        grid.setItems(onboarding.team());
        detail.removeAll();
    }

    private FlexLayout startForm() {
        ComboBox<EmployeeOption> person = new ComboBox<>(getTranslation("onboarding.field.person"));
        person.setItems(colleagues);
        person.setItemLabelGenerator(EmployeeOption::fullName);
        LocalizedDatePicker start = new LocalizedDatePicker(getTranslation("onboarding.field.start"), getLocale());
        Button begin = new Button(getTranslation("onboarding.start"), event -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("certificate.error.person"));
                return;
            }
            onboarding.start(person.getValue().id(), start.getValue());
            Notifications.success(getTranslation("onboarding.started-for", person.getValue().fullName()));
            refresh();
        });
        FlexLayout form = new FlexLayout(person, start, begin);
        form.addClassName("editor-row");
        return form;
    }

    private void showDetail(TeamOnboardingRow row) {
        detail.removeAll();
        if (row == null) {
            return;
        }
        ComboBox<EmployeeOption> buddy = new ComboBox<>(getTranslation("onboarding.field.buddy"));
        buddy.setItems(colleagues.stream().filter(option -> option.id() != row.employeeId()).toList());
        buddy.setItemLabelGenerator(EmployeeOption::fullName);
        colleagues.stream().filter(option -> option.fullName().equals(row.buddy())).findFirst()
                .ifPresent(buddy::setValue);
        Button saveBuddy = new Button(getTranslation("action.save"), event -> {
            onboarding.chooseBuddy(row.checklistId(), row.version(), buddy.getValue() == null ? null
                    : buddy.getValue().id());
            Notifications.success(getTranslation("onboarding.buddy-saved"));
            refresh();
        });
        FlexLayout buddyRow = new FlexLayout(buddy, saveBuddy);
        buddyRow.addClassName("editor-row");
        detail.add(new H3(row.employee()), buddyRow);

        List<OnboardingItem> items = onboarding.checklist(row.checklistId(), getLocale());
        List<OnboardingItem> late = items.stream().filter(OnboardingItem::overdue).toList();
        Paragraph overdue = new Paragraph(late.isEmpty() ? getTranslation("onboarding.team.none-overdue")
                : getTranslation("onboarding.team.overdue-by", late.size(), Arrays.stream(Responsible.values())
                        .filter(who -> late.stream().anyMatch(item -> item.responsible() == who))
                        .map(who -> getTranslation("onboarding.who." + who.name()) + ": "
                                + late.stream().filter(item -> item.responsible() == who).count())
                        .collect(Collectors.joining(", "))));
        ItemCards list = new ItemCards(items, false, new ItemCards.Actions(request -> {
            onboarding.tick(request.item().id(), request.item().version(), request.comment());
            Notifications.success(getTranslation("onboarding.ticked"));
            reopen(row);
        }, item -> {
            onboarding.signOff(item.id(), item.version());
            Notifications.success(getTranslation("onboarding.signed-off"));
            reopen(row);
        }, (item, reason) -> {
            onboarding.sendBack(item.id(), item.version(), reason);
            Notifications.success(getTranslation("onboarding.sent-back"));
            reopen(row);
        }, (item, reason) -> {
            onboarding.skip(item.id(), item.version(), reason);
            reopen(row);
        }));
        TextField title = new TextField(getTranslation("onboarding.field.title"));
        title.setMaxLength(Onboarding.TITLE_LENGTH);
        Select<Responsible> who = new Select<>();
        who.setLabel(getTranslation("onboarding.field.who"));
        who.setItems(Responsible.values());
        who.setItemLabelGenerator(value -> getTranslation("onboarding.who." + value.name()));
        who.setValue(Responsible.EMPLOYEE);
        LocalizedDatePicker due = new LocalizedDatePicker(getTranslation("onboarding.field.due"), getLocale());
        due.setValue(LocalDate.now(clock).plusDays(7));
        Button add = new Button(getTranslation("onboarding.add-item"), event -> {
            onboarding.addItem(row.checklistId(), title.getValue(), who.getValue(), due.getValue());
            Notifications.success(getTranslation("onboarding.item-added"));
            reopen(row);
        });
        FlexLayout addRow = new FlexLayout(title, who, due, add);
        addRow.addClassName("editor-row");
        detail.add(new H3(getTranslation("onboarding.items")), overdue, list, addRow);
    }

    /** After a change: fresh figures in the table and the same person's list open again, with current versions. */
    private void reopen(TeamOnboardingRow row) {
        List<TeamOnboardingRow> rows = onboarding.team();
        grid.setItems(rows);
        rows.stream().filter(other -> other.checklistId() == row.checklistId()).findFirst()
                .ifPresentOrElse(fresh -> {
                    grid.deselectAll();
                    grid.select(fresh);
                }, detail::removeAll);
    }

    @Override
    public String titleKey() {
        return "nav.onboarding-team";
    }
}
