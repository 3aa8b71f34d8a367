package de.willkommensakademie.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import de.willkommensakademie.base.ui.AccountStatus;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.people.Limits;
import de.willkommensakademie.people.MyAccount;
import jakarta.annotation.security.PermitAll;

/** Everyone changes their own password here; people with a one-time password are sent here first. */
@Route(AccountStatus.CHANGE_PASSWORD_ROUTE)
@PermitAll
class ChangePasswordView extends VerticalLayout implements TranslatedTitle {

    ChangePasswordView(MyAccount employees) {
        addClassName("page");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        PasswordField fresh = new PasswordField(getTranslation("password.new"));
        fresh.setHelperText(getTranslation("password.rule", Limits.PASSWORD_MIN, Limits.PASSWORD_MAX));
        fresh.setMaxLength(Limits.PASSWORD_MAX);
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        repeat.setMaxLength(Limits.PASSWORD_MAX);
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        fresh.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);

        Button save = new Button(getTranslation("password.save"), event -> {
            repeat.setInvalid(false);
            if (!fresh.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.error.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            employees.changeOwnPassword(current.getValue(), fresh.getValue());
            VaadinSession.getCurrent().setAttribute(AccountStatus.PASSWORD_CHECKED_ATTRIBUTE, Boolean.TRUE);
            current.clear();
            fresh.clear();
            repeat.clear();
            Notifications.success(getTranslation("password.changed"));
            getUI().ifPresent(ui -> ui.navigate(""));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, fresh, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(new H2(getTranslation("password.title")), new Paragraph(getTranslation("password.explanation")), form,
                save);
    }

    @Override
    public String titleKey() {
        return "password.title";
    }
}
