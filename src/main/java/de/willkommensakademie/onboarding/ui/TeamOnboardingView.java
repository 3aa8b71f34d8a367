package de.willkommensakademie.onboarding.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import de.willkommensakademie.onboarding.ItemStatus;
import de.willkommensakademie.onboarding.Onboarding;
import de.willkommensakademie.onboarding.OnboardingItem;
import de.willkommensakademie.onboarding.Responsible;
import de.willkommensakademie.onboarding.TeamOnboardingRow;
import de.willkommensakademie.people.EmployeeOption;
import de.willkommensakademie.people.EmployeeService;
import jakarta.annotation.security.RolesAllowed;

/**
 * The manager's overview of onboarding in their teams: progress, overdue items and expected end per new person;
 * choose the buddy, add or skip items for one person, or start a checklist by hand.
 */
@Route("onboarding/team")
@RolesAllowed(Role.Name.MANAGER)
@Menu(title = "nav.onboarding-team", order = 23, icon = "vaadin:group")
class TeamOnboardingView extends VerticalLayout implements TranslatedTitle {

    private final transient Onboarding onboarding;
    private final List<EmployeeOption> colleagues;
    private final Grid<TeamOnboardingRow> grid = new Grid<>();
    private final Div detail = new Div();

    TeamOnboardingView(Onboarding onboarding, EmployeeService employees) {
        this.onboarding = onboarding;
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
        grid.addColumn(TeamOnboardingRow::overdue).setHeader(getTranslation("onboarding.field.overdue"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.onboarded() ? getTranslation("onboarding.onboarded")
                : dates.format(row.expectedEnd())).setHeader(getTranslation("onboarding.field.end")).setAutoWidth(true);
        grid.addColumn(row -> row.buddy() == null ? "–" : row.buddy()).setHeader(getTranslation("onboarding.field.buddy"))
                .setAutoWidth(true);
        grid.setAriaLabel(getTranslation("nav.onboarding-team"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> showDetail(event.getValue()));
        add(new H2(getTranslation("nav.onboarding-team")), startForm(), grid, detail);
        refresh();
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

        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        for (OnboardingItem item : onboarding.checklist(row.checklistId(), getLocale())) {
            Paragraph line = new Paragraph(item.phase() + " · " + item.title() + " · "
                    + getTranslation("onboarding.who." + item.responsible().name()) + " · "
                    + getTranslation("onboarding.status." + item.status().name()));
            FlexLayout entry = new FlexLayout(line);
            entry.addClassName("editor-row");
            if (item.status() == ItemStatus.OPEN) {
                TextField reason = new TextField(getTranslation("onboarding.field.skip-reason"));
                reason.setMaxLength(1000);
                Button skip = new Button(getTranslation("onboarding.skip"), event -> {
                    onboarding.skip(item.id(), item.version(), reason.getValue());
                    showDetail(row);
                });
                skip.addThemeVariants(ButtonVariant.LUMO_SMALL);
                skip.setAriaLabel(getTranslation("onboarding.skip") + ": " + item.title());
                entry.add(reason, skip);
            }
            list.add(entry);
        }
        TextField title = new TextField(getTranslation("onboarding.field.title"));
        title.setMaxLength(200);
        Select<Responsible> who = new Select<>();
        who.setLabel(getTranslation("onboarding.field.who"));
        who.setItems(Responsible.values());
        who.setItemLabelGenerator(value -> getTranslation("onboarding.who." + value.name()));
        who.setValue(Responsible.EMPLOYEE);
        LocalizedDatePicker due = new LocalizedDatePicker(getTranslation("onboarding.field.due"), getLocale());
        due.setValue(java.time.LocalDate.now().plusDays(7));
        Button add = new Button(getTranslation("onboarding.add-item"), event -> {
            onboarding.addItem(row.checklistId(), title.getValue(), who.getValue(), due.getValue());
            Notifications.success(getTranslation("onboarding.item-added"));
            showDetail(row);
        });
        FlexLayout addRow = new FlexLayout(title, who, due, add);
        addRow.addClassName("editor-row");
        detail.add(new H3(getTranslation("onboarding.items")), list, addRow);
    }

    @Override
    public String titleKey() {
        return "nav.onboarding-team";
    }
}
