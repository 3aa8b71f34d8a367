package de.willkommensakademie.people.ui;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.people.EmployeeOption;
import de.willkommensakademie.people.Limits;
import de.willkommensakademie.people.TeamRow;
import de.willkommensakademie.people.TeamService;
import jakarta.annotation.security.RolesAllowed;

/** Teams of the authority: create, rename, choose managers. */
@Route("admin/teams")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.teams", order = 55, icon = "vaadin:group")
class TeamsView extends VerticalLayout implements TranslatedTitle {

    private final transient TeamService teams;
    private final Grid<TeamRow> grid = new Grid<>();

    TeamsView(TeamService teams) {
        this.teams = teams;
        addClassName("page");
        setSizeFull();

        Button create = new Button(getTranslation("team.new"), VaadinIcon.PLUS.create(),
                event -> nameDialog(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(TeamRow::name).setHeader(getTranslation("team.field.name")).setAutoWidth(true);
        grid.addColumn(row -> row.managers().stream().map(EmployeeOption::fullName).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("team.field.managers")).setAutoWidth(true);
        grid.addColumn(TeamRow::activeMembers).setHeader(getTranslation("team.field.members")).setAutoWidth(true);
        grid.addComponentColumn(row -> {
            Button rename = new Button(getTranslation("team.action.rename"), event -> nameDialog(row));
            rename.setAriaLabel(getTranslation("team.action.rename.named", row.name()));
            Button managers = new Button(getTranslation("team.action.managers"), event -> managersDialog(row));
            managers.setAriaLabel(getTranslation("team.action.managers.named", row.name()));
            rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            managers.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return new HorizontalLayout(rename, managers);
        }).setHeader(getTranslation("employees.column.actions")).setKey("actions").setAutoWidth(true);
        grid.setAriaLabel(getTranslation("nav.teams"));
        grid.setItems(query -> teams.find(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());

        add(new H2(getTranslation("nav.teams")), create, grid);
        setFlexGrow(1, grid);
    }

    private void nameDialog(TeamRow row) {
        Dialog dialog = new Dialog(getTranslation(row == null ? "team.new" : "team.action.rename"));
        TextField name = new TextField(getTranslation("team.field.name"));
        name.setMaxLength(Limits.TEAM_NAME);
        name.setRequired(true);
        name.setWidthFull();
        if (row != null) {
            name.setValue(row.name());
        }
        Button save = new Button(getTranslation("action.save"), event -> {
            if (row == null) {
                teams.create(name.getValue());
            } else {
                teams.rename(row.id(), row.version(), name.getValue());
            }
            Notifications.success(getTranslation("team.saved", name.getValue().strip()));
            dialog.close();
            grid.getDataProvider().refreshAll();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), event -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private void managersDialog(TeamRow row) {
        Dialog dialog = new Dialog(getTranslation("team.action.managers.named", row.name()));
        MultiSelectComboBox<EmployeeOption> managers = new MultiSelectComboBox<>(getTranslation("team.field.managers"));
        List<EmployeeOption> candidates = teams.managerCandidates();
        managers.setItems(candidates);
        managers.setItemLabelGenerator(option -> option.fullName() + " (" + option.username() + ")");
        managers.setHelperText(getTranslation("team.field.managers.helper"));
        managers.setWidthFull();
        managers.setValue(candidates.stream()
                .filter(option -> row.managers().stream().anyMatch(current -> current.id() == option.id())).toList());
        Button save = new Button(getTranslation("action.save"), event -> {
            teams.assignManagers(row.id(), row.version(), managers.getValue().stream().map(EmployeeOption::id)
                    .collect(Collectors.toCollection(HashSet::new)));
            Notifications.success(getTranslation("team.saved", row.name()));
            dialog.close();
            grid.getDataProvider().refreshAll();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(managers);
        dialog.setWidth("min(36rem, 100vw)");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), event -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String titleKey() {
        return "nav.teams";
    }
}
