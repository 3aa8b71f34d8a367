package de.willkommensakademie.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.LocalizedDatePicker;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.privacy.AccessibilityStatementForm;
import de.willkommensakademie.privacy.AccessibilityStatementForm.Assessment;
import de.willkommensakademie.privacy.AccessibilityStatementForm.Conformity;
import de.willkommensakademie.privacy.AccessibilityStatementService;
import jakarta.annotation.security.RolesAllowed;

/**
 * The administrator's accessibility statement: conformity, known limitations per language (empty: the default list),
 * the dates of the statement and of its last review, how it was assessed, contact and enforcement body (empty: the
 * default for the authority's federal state). Saving is refused when someone else saved meanwhile.
 */
@Route("admin/accessibility")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.accessibility-statement", order = 65, icon = "vaadin:check-square-o")
class AccessibilityStatementEditorView extends VerticalLayout implements TranslatedTitle {

    private final transient AccessibilityStatementService statements;
    private final RadioButtonGroup<Conformity> conformity = new RadioButtonGroup<>();
    private final TextArea limitationsDe = new TextArea();
    private final TextArea limitationsEn = new TextArea();
    private final DatePicker statementDate;
    private final DatePicker reviewedOn;
    private final RadioButtonGroup<Assessment> assessment = new RadioButtonGroup<>();
    private final TextArea contact = new TextArea();
    private final TextArea enforcement = new TextArea();
    private long version;

    AccessibilityStatementEditorView(AccessibilityStatementService statements) {
        this.statements = statements;
        addClassName("page");
        AccessibilityStatementForm form = statements.edited();
        version = form.version();

        conformity.setLabel(getTranslation("accessibility.conformity.label"));
        conformity.setItems(Conformity.values());
        conformity.setItemLabelGenerator(value -> getTranslation("accessibility.conformity." + value.name()));
        conformity.setRequired(true);
        conformity.setValue(form.conformity());
        limitations(limitationsDe, "accessibility.limitations.de", form.limitationsDe());
        limitations(limitationsEn, "accessibility.limitations.en", form.limitationsEn());
        Button templateDe = new Button(getTranslation("accessibility.limitations.use-template-de"),
                click -> limitationsDe.setValue(statements.limitationsTemplate(Translations.GERMAN)));
        Button templateEn = new Button(getTranslation("accessibility.limitations.use-template-en"),
                click -> limitationsEn.setValue(statements.limitationsTemplate(Translations.ENGLISH)));
        statementDate = new LocalizedDatePicker(getTranslation("accessibility.statement-date"), getLocale());
        statementDate.setRequired(true);
        statementDate.setValue(form.statementDate());
        reviewedOn = new LocalizedDatePicker(getTranslation("accessibility.reviewed-on"), getLocale());
        reviewedOn.setRequired(true);
        reviewedOn.setValue(form.reviewedOn());
        assessment.setLabel(getTranslation("accessibility.assessment.label"));
        assessment.setItems(Assessment.values());
        assessment.setItemLabelGenerator(value -> getTranslation("accessibility.assessment." + value.name()));
        assessment.setRequired(true);
        assessment.setValue(form.assessment());
        contact.setLabel(getTranslation("accessibility.contact.field"));
        contact.setHelperText(getTranslation("accessibility.contact.helper"));
        contact.setMaxLength(AccessibilityStatementForm.CONTACT_LENGTH);
        contact.setValue(form.contact() == null ? "" : form.contact());
        contact.setWidthFull();
        enforcement.setLabel(getTranslation("accessibility.enforcement.field"));
        enforcement.setHelperText(getTranslation("accessibility.enforcement.helper",
                statements.defaultEnforcementBody(getLocale())));
        enforcement.setMaxLength(AccessibilityStatementForm.ENFORCEMENT_LENGTH);
        enforcement.setValue(form.enforcementBody() == null ? "" : form.enforcementBody());
        enforcement.setWidthFull();

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.accessibility-statement")),
                new Paragraph(getTranslation("accessibility.editor.intro")), conformity, limitationsDe, templateDe,
                limitationsEn, templateEn, statementDate, reviewedOn, assessment, contact, enforcement, save,
                new Anchor(AccessibilityStatementView.ROUTE, getTranslation("accessibility.public-page")));
    }

    private void limitations(TextArea area, String labelKey, String value) {
        area.setLabel(getTranslation(labelKey));
        area.setHelperText(getTranslation("accessibility.limitations.helper"));
        area.setMaxLength(AccessibilityStatementForm.LIMITATIONS_LENGTH);
        area.setValue(value == null ? "" : value);
        area.setWidthFull();
        area.setMinHeight("8em");
        area.setMaxHeight("24em");
    }

    private void save() {
        version = statements.save(new AccessibilityStatementForm(conformity.getValue(), limitationsDe.getValue(),
                limitationsEn.getValue(), statementDate.getValue(), reviewedOn.getValue(), assessment.getValue(),
                contact.getValue(), enforcement.getValue(), version));
        Notifications.success(getTranslation("accessibility.saved"));
    }

    @Override
    public String titleKey() {
        return "nav.accessibility-statement";
    }
}
