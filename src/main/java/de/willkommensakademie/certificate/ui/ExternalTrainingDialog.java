package de.willkommensakademie.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.base.ui.LocalizedDatePicker;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.certificate.CertificateLimits;
import de.willkommensakademie.certificate.CertificateService;
import de.willkommensakademie.certificate.ExternalTraining;
import de.willkommensakademie.people.EmployeeOption;
import de.willkommensakademie.people.ManagedStaff;

/** Certifies training outside the platform: who, what, when, how many hours, by whom, valid until when. */
class ExternalTrainingDialog extends Dialog {

    ExternalTrainingDialog(CertificateService certificates, ManagedStaff employees, Runnable issued) {
        setHeaderTitle(getTranslation("certificate.external"));
        ComboBox<EmployeeOption> person = new ComboBox<>(getTranslation("certificate.field.holder"));
        person.setItems(employees.assignableEmployees());
        person.setItemLabelGenerator(EmployeeOption::fullName);
        person.setRequired(true);
        TextField title = new TextField(getTranslation("certificate.field.title"));
        title.setRequired(true);
        title.setMaxLength(CertificateLimits.TITLE);
        TextArea description = new TextArea(getTranslation("certificate.field.description"));
        description.setMaxLength(CertificateLimits.DESCRIPTION);
        LocalizedDatePicker date = new LocalizedDatePicker(getTranslation("certificate.field.date"), getLocale());
        date.setRequired(true);
        IntegerField hours = new IntegerField(getTranslation("certificate.field.hours"));
        hours.setMin(CertificateLimits.HOURS_MIN);
        hours.setMax(CertificateLimits.HOURS_MAX);
        hours.setRequired(true);
        TextField provider = new TextField(getTranslation("certificate.field.provider"));
        provider.setMaxLength(CertificateLimits.PROVIDER);
        LocalizedDatePicker validUntil = new LocalizedDatePicker(getTranslation("certificate.field.valid-until"),
                getLocale());
        validUntil.setHelperText(getTranslation("certificate.field.valid-until.helper"));
        FormLayout form = new FormLayout(person, title, description, date, hours, provider, validUntil);
        Button save = new Button(getTranslation("certificate.issue"), event -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("certificate.error.person"));
                return;
            }
            certificates.issueExternal(new ExternalTraining(person.getValue().id(), title.getValue(),
                    description.getValue(), date.getValue(), hours.getValue(), provider.getValue(),
                    validUntil.getValue()));
            close();
            Notifications.success(getTranslation("certificate.issued", person.getValue().fullName()));
            issued.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
        setWidth("min(48rem, 100vw)");
    }
}
