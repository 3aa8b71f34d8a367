package de.willkommensakademie.people.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.people.AuthorityRow;
import de.willkommensakademie.people.AuthorityService;
import de.willkommensakademie.people.Limits;
import de.willkommensakademie.people.NewAuthorityForm;
import jakarta.annotation.security.RolesAllowed;

/** The platform operator's only screen: the authorities on this installation, and a new one with its first admin. */
@Route("operator/authorities")
@RolesAllowed(Role.Name.OPERATOR)
@Menu(title = "nav.authorities", order = 95, icon = "vaadin:institution")
class AuthoritiesView extends VerticalLayout implements TranslatedTitle {

    private final transient AuthorityService authorities;
    private final Grid<AuthorityRow> grid = new Grid<>();

    AuthoritiesView(AuthorityService authorities) {
        this.authorities = authorities;
        addClassName("page");
        setSizeFull();
        Button create = new Button(getTranslation("authority.new"), VaadinIcon.PLUS.create(), event -> openDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(AuthorityRow::name).setHeader(getTranslation("authority.field.name")).setAutoWidth(true);
        grid.addColumn(AuthorityRow::shortName).setHeader(getTranslation("authority.field.short-name"))
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation("language." + row.defaultLanguage()))
                .setHeader(getTranslation("authority.field.language")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("nav.authorities"));
        grid.setItems(query -> authorities.find(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        add(new H2(getTranslation("nav.authorities")), create, grid);
        setFlexGrow(1, grid);
    }

    private void openDialog() {
        NewAuthorityForm form = new NewAuthorityForm();
        BeanValidationBinder<NewAuthorityForm> binder = new BeanValidationBinder<>(NewAuthorityForm.class);
        TextField name = text("authority.field.name", Limits.AUTHORITY_NAME);
        TextField shortName = text("authority.field.short-name", Limits.AUTHORITY_SHORT_NAME);
        RadioButtonGroup<String> language = new RadioButtonGroup<>(getTranslation("authority.field.language"));
        language.setItems(List.of("de", "en"));
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        TextField firstName = text("employee.field.first-name", Limits.PERSON_NAME);
        TextField lastName = text("employee.field.last-name", Limits.PERSON_NAME);
        EmailField email = new EmailField(getTranslation("employee.field.email"));
        email.setMaxLength(Limits.EMAIL);
        TextField username = text("employee.field.username", Limits.USERNAME);
        username.setHelperText(getTranslation("employee.field.username.helper"));
        binder.forField(name).bind("name");
        binder.forField(shortName).bind("shortName");
        binder.forField(language).bind("defaultLanguage");
        binder.forField(firstName).bind("adminFirstName");
        binder.forField(lastName).bind("adminLastName");
        binder.forField(email).bind("adminEmail");
        binder.forField(username).bind("adminUsername");
        binder.readBean(form);

        Dialog dialog = new Dialog(getTranslation("authority.new"));
        dialog.setWidth("min(48rem, 100vw)");
        FormLayout authorityFields = new FormLayout(name, shortName, language);
        FormLayout adminFields = new FormLayout(firstName, lastName, email, username);
        dialog.add(authorityFields, new H3(getTranslation("authority.first-admin")), adminFields);
        Button save = new Button(getTranslation("action.save"), event -> {
            if (!binder.writeBeanIfValid(form)) {
                binder.validate();
                return;
            }
            var password = authorities.create(form);
            Notifications.success(getTranslation("authority.created", form.getName()));
            dialog.close();
            grid.getDataProvider().refreshAll();
            new OneTimePasswordDialog(List.of(password)).open();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), event -> dialog.close()), save);
        dialog.open();
    }

    private TextField text(String labelKey, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        return field;
    }

    @Override
    public String titleKey() {
        return "nav.authorities";
    }
}
