package de.willkommensakademie.people.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.LocalizedDatePicker;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.people.EmployeeForm;
import de.willkommensakademie.people.EmployeeRow;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.people.IdentityProviderAccounts;
import de.willkommensakademie.people.IdentityProviderPolicy.ManagedField;
import de.willkommensakademie.people.JobRoleOption;
import de.willkommensakademie.people.Limits;
import de.willkommensakademie.people.TeamOption;

/**
 * Creates or edits one employee. On a failed save the dialog stays open with everything typed, and the message says
 * what to fix; the version loaded with the form guards against overwriting someone else's change. For an account
 * linked to the identity provider, what the provider keeps is read-only and says so (the service refuses it too).
 */
class EmployeeDialog extends Dialog {

    private final transient EmployeeService employees;
    private final transient IdentityProviderAccounts identityProviderAccounts;
    private final transient Runnable onChange;
    private final EmployeeForm form;
    private final BeanValidationBinder<EmployeeForm> binder = new BeanValidationBinder<>(EmployeeForm.class);

    EmployeeDialog(EmployeeService employees, IdentityProviderAccounts identityProviderAccounts, EmployeeForm form,
            EmployeeRow row, List<JobRoleOption> jobRoles, List<TeamOption> teams, Runnable onChange) {
        this.employees = employees;
        this.identityProviderAccounts = identityProviderAccounts;
        this.form = form;
        this.onChange = onChange;
        Locale locale = getLocale();
        setHeaderTitle(getTranslation(form.isNew() ? "employee.new" : "employee.edit"));
        setWidth("min(48rem, 100vw)");

        TextField firstName = new TextField(getTranslation("employee.field.first-name"));
        firstName.setMaxLength(Limits.PERSON_NAME);
        TextField lastName = new TextField(getTranslation("employee.field.last-name"));
        lastName.setMaxLength(Limits.PERSON_NAME);
        EmailField email = new EmailField(getTranslation("employee.field.email"));
        email.setMaxLength(Limits.EMAIL);
        TextField username = new TextField(getTranslation("employee.field.username"));
        username.setMaxLength(Limits.USERNAME);
        username.setHelperText(getTranslation("employee.field.username.helper"));
        username.setReadOnly(!form.isNew());
        RadioButtonGroup<Locale> language = new RadioButtonGroup<>(getTranslation("employee.field.language"));
        language.setItems(Translations.SUPPORTED);
        language.setItemLabelGenerator(option -> getTranslation("language." + option.getLanguage()));
        LocalizedDatePicker startDate = new LocalizedDatePicker(getTranslation("employee.field.start-date"), locale);
        ComboBox<JobRoleOption> jobRole = new ComboBox<>(getTranslation("employee.field.job-role"));
        jobRole.setItems(jobRoles);
        jobRole.setItemLabelGenerator(option -> option.name(locale));
        ComboBox<TeamOption> team = new ComboBox<>(getTranslation("employee.field.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(TeamOption::name);
        team.setClearButtonVisible(true);
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("employee.field.roles"));
        roles.setItems(Role.ASSIGNABLE);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));

        binder.forField(firstName).bind("firstName");
        binder.forField(lastName).bind("lastName");
        binder.forField(email).bind("email");
        binder.forField(username).bind("username");
        binder.forField(language).bind("language");
        binder.forField(startDate).bind("startDate");
        binder.forField(jobRole).bind("jobRole");
        binder.forField(team).bind("team");
        binder.forField(roles).bind("roles");
        binder.readBean(form);

        managedBy(ManagedField.NAME, firstName, lastName);
        managedBy(ManagedField.EMAIL, email);
        managedBy(ManagedField.USERNAME, username);
        managedBy(ManagedField.ROLES, roles);
        managedBy(ManagedField.TEAM, team);
        managedBy(ManagedField.JOB_ROLE, jobRole);

        FormLayout layout = new FormLayout(firstName, lastName, email, username, jobRole, team, startDate, language,
                roles);
        layout.setColspan(roles, 2);
        if (form.isLinkedToIdentityProvider()) {
            Paragraph linked = new Paragraph(getTranslation("employee.identity-provider.linked"));
            linked.addClassName("identity-provider-note");
            add(linked);
        }
        add(layout);
        if (!form.isNew() && form.isIdentityLinkPossible()) {
            add(linkAction());
        }

        Button save = new Button(getTranslation("action.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, save);
        if (row != null) {
            addAccountActions(row);
        }
    }

    /** Read-only with the hint where the identity provider keeps the field; the label stays, so it is still named. */
    private void managedBy(ManagedField field, HasValue<?, ?>... fields) {
        if (!form.isManaged(field)) {
            return;
        }
        for (HasValue<?, ?> value : fields) {
            value.setReadOnly(true);
            if (value instanceof HasHelper helper) {
                helper.setHelperText(getTranslation("employee.identity-provider.managed"));
            }
        }
    }

    /** An unlinked account of an authority with single sign-on: the admin allows (or withdraws) linking it by name. */
    private Div linkAction() {
        boolean allowed = form.isIdentityLinkAllowed();
        Paragraph state = new Paragraph(getTranslation(allowed ? "employee.identity-provider.link-allowed"
                : "employee.identity-provider.not-linked", form.getUsername()));
        Button toggle = new Button(getTranslation(allowed ? "employee.action.withdraw-link"
                : "employee.action.allow-link"), event -> {
                    identityProviderAccounts.allowLink(form.getId(), !allowed);
                    Notifications.success(getTranslation(allowed ? "employee.identity-provider.link-withdrawn"
                            : "employee.identity-provider.link-allowed.saved", form.getUsername()));
                    done();
                });
        toggle.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        Div action = new Div(state, toggle);
        action.addClassName("identity-provider-link");
        return action;
    }

    private void addAccountActions(EmployeeRow row) {
        Button reset = new Button(getTranslation("employee.action.reset-password"), event -> confirm(
                getTranslation("employee.confirm.reset-password", row.fullName()), () -> {
                    var password = employees.resetPassword(row.id());
                    new OneTimePasswordDialog(List.of(password)).open();
                }));
        getHeader().add(reset);
        if (row.locked()) {
            getHeader().add(new Button(getTranslation("employee.action.unlock"), event -> {
                employees.unlock(row.id());
                Notifications.success(getTranslation("employee.unlocked", row.fullName()));
                done();
            }));
        }
        Button status = row.active()
                ? new Button(getTranslation("employee.action.deactivate"), event -> confirm(
                        getTranslation("employee.confirm.deactivate", row.fullName()),
                        () -> employees.deactivate(row.id(), row.version())))
                : new Button(getTranslation("employee.action.reactivate"),
                        event -> confirm(getTranslation("employee.confirm.reactivate", row.fullName()),
                                () -> employees.reactivate(row.id(), row.version())));
        status.addThemeVariants(row.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
        getFooter().addComponentAsFirst(status);
    }

    private void confirm(String question, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("action.confirm"));
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.confirm"));
        dialog.addConfirmListener(event -> {
            action.run();
            done();
        });
        dialog.open();
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            binder.validate();
            return;
        }
        if (form.isNew()) {
            var password = employees.create(form);
            new OneTimePasswordDialog(List.of(password)).open();
        } else {
            employees.update(form);
        }
        Notifications.success(getTranslation("employee.saved", form.getFirstName() + " " + form.getLastName()));
        done();
    }

    private void done() {
        close();
        onChange.run();
    }
}
