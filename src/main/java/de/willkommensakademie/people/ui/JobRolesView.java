package de.willkommensakademie.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.people.JobRoleOption;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.Limits;
import jakarta.annotation.security.RolesAllowed;

/** The authority's job roles; the built-in ones are fixed, admins add their own in both languages. */
@Route("admin/job-roles")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.job-roles", order = 58, icon = "vaadin:briefcase")
class JobRolesView extends VerticalLayout implements TranslatedTitle {

    JobRolesView(JobRoleService jobRoles) {
        addClassName("page");
        // An authority has a handful of job roles, so one list is enough here.
        Grid<JobRoleOption> grid = new Grid<>();
        grid.addColumn(JobRoleOption::nameDe).setHeader(getTranslation("job-role.field.name-de")).setAutoWidth(true);
        grid.addColumn(JobRoleOption::nameEn).setHeader(getTranslation("job-role.field.name-en")).setAutoWidth(true);
        grid.addColumn(JobRoleOption::code).setHeader(getTranslation("job-role.field.code")).setAutoWidth(true);
        grid.addColumn(option -> getTranslation(option.builtIn() ? "job-role.built-in" : "job-role.custom"))
                .setHeader(getTranslation("job-role.field.kind")).setAutoWidth(true);
        grid.setItems(jobRoles.options());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("nav.job-roles"));

        TextField nameDe = new TextField(getTranslation("job-role.field.name-de"));
        TextField nameEn = new TextField(getTranslation("job-role.field.name-en"));
        nameDe.setMaxLength(Limits.JOB_ROLE_NAME);
        nameEn.setMaxLength(Limits.JOB_ROLE_NAME);
        nameDe.setRequired(true);
        nameEn.setRequired(true);
        Button add = new Button(getTranslation("job-role.add"), event -> {
            JobRoleOption created = jobRoles.create(nameDe.getValue(), nameEn.getValue());
            Notifications.success(getTranslation("job-role.added", created.name(getLocale())));
            nameDe.clear();
            nameEn.clear();
            grid.setItems(jobRoles.options());
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(nameDe, nameEn);
        add(new H2(getTranslation("nav.job-roles")), grid, new H3(getTranslation("job-role.add")), form, add);
    }

    @Override
    public String titleKey() {
        return "nav.job-roles";
    }
}
