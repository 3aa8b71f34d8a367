package de.willkommensakademie.privacy.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.people.EmployeeOption;
import de.willkommensakademie.privacy.Erasure;
import jakarta.annotation.security.RolesAllowed;

/**
 * Erasure on request: the administrator picks a person of the authority, gives the reason, confirms, and then sees
 * what was kept and until when.
 */
@Route("admin/erasure")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.erasure", order = 63, icon = "vaadin:eraser")
class ErasureView extends VerticalLayout implements TranslatedTitle {

    private final Erasure erasure;
    private final ComboBox<EmployeeOption> person = new ComboBox<>();
    private final TextArea reason = new TextArea();
    private final Section result = new Section();

    ErasureView(Erasure erasure) {
        this.erasure = erasure;
        addClassName("page");
        person.setLabel(getTranslation("privacy.erasure.person"));
        person.setItemLabelGenerator(option -> option.fullName() + " (" + option.username() + ")");
        person.setItems(erasure.candidates());
        person.setRequired(true);
        person.setWidth("min(100%, 30rem)");
        reason.setLabel(getTranslation("privacy.erasure.reason"));
        reason.setHelperText(getTranslation("privacy.erasure.reason.help"));
        reason.setMaxLength(Erasure.REASON_LENGTH);
        reason.setRequired(true);
        reason.setWidth("min(100%, 30rem)");
        Button erase = new Button(getTranslation("privacy.erasure.erase"), event -> confirm());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        result.setId("erasure-result");
        add(new H2(getTranslation("nav.erasure")), new Paragraph(getTranslation("privacy.erasure.intro")), person,
                reason, erase, result);
    }

    private void confirm() {
        EmployeeOption chosen = person.getValue();
        if (chosen == null || reason.getValue().isBlank()) {
            Notifications.error(getTranslation("privacy.erasure.error.incomplete"));
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("privacy.erasure.confirm", chosen.fullName()));
        dialog.setText(getTranslation("privacy.erasure.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("privacy.erasure.erase"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> erase(chosen));
        dialog.open();
    }

    private void erase(EmployeeOption chosen) {
        Erasure.Result done = erasure.erase(chosen.id(), reason.getValue());
        Notifications.success(getTranslation("privacy.erasure.done", done.name()));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        result.removeAll();
        result.add(new H3(getTranslation("privacy.erasure.done", done.name())));
        if (done.kept().isEmpty()) {
            result.add(new Paragraph(getTranslation("privacy.erasure.nothing-kept")));
        } else {
            result.add(new Paragraph(getTranslation("privacy.erasure.kept")));
            UnorderedList kept = new UnorderedList();
            done.kept().forEach(item -> kept.add(new ListItem(getTranslation("privacy.erasure.kept.item",
                    getTranslation("privacy.retention.type." + item.type()), item.count(),
                    dates.format(item.until())))));
            result.add(kept);
        }
        person.setItems(erasure.candidates());
        person.clear();
        reason.clear();
    }

    @Override
    public String titleKey() {
        return "nav.erasure";
    }
}
