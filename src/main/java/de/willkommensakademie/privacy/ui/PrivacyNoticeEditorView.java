package de.willkommensakademie.privacy.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.SafeMarkdown;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.privacy.PrivacyNoticeForm;
import de.willkommensakademie.privacy.PrivacyNoticeService;
import jakarta.annotation.security.RolesAllowed;

/**
 * The administrator's privacy notice: the contact data the placeholders take, and a Markdown text per language (empty:
 * the default template). A preview shows the page as readers will see it; saving is refused when someone else saved
 * meanwhile.
 */
@Route("admin/privacy-notice")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.privacy-notice", order = 64, icon = "vaadin:lock")
class PrivacyNoticeEditorView extends VerticalLayout implements TranslatedTitle {

    private final transient PrivacyNoticeService notices;
    private final TextArea address = new TextArea();
    private final EmailField email = new EmailField();
    private final TextArea officer = new TextArea();
    private final EmailField officerEmail = new EmailField();
    private final TextArea textDe = new TextArea();
    private final TextArea textEn = new TextArea();
    private final Div preview = new Div();
    private long version;

    PrivacyNoticeEditorView(PrivacyNoticeService notices) {
        this.notices = notices;
        addClassName("page");
        PrivacyNoticeForm form = notices.edited();
        version = form.version();

        address.setLabel(getTranslation("privacy.notice.address"));
        address.setMaxLength(PrivacyNoticeForm.CONTACT_LENGTH);
        address.setValue(valueOf(form.contactAddress()));
        email.setLabel(getTranslation("privacy.notice.email"));
        email.setMaxLength(PrivacyNoticeForm.EMAIL_LENGTH);
        email.setValue(valueOf(form.contactEmail()));
        officer.setLabel(getTranslation("privacy.notice.officer"));
        officer.setMaxLength(PrivacyNoticeForm.CONTACT_LENGTH);
        officer.setValue(valueOf(form.officerContact()));
        officerEmail.setLabel(getTranslation("privacy.notice.officer-email"));
        officerEmail.setMaxLength(PrivacyNoticeForm.EMAIL_LENGTH);
        officerEmail.setValue(valueOf(form.officerEmail()));
        text(textDe, "privacy.notice.text-de", form.textDe());
        text(textEn, "privacy.notice.text-en", form.textEn());
        for (HasSize field : List.of(address, email, officer, officerEmail)) {
            field.setWidthFull();
        }

        Button templateDe = new Button(getTranslation("privacy.notice.use-template-de"),
                click -> textDe.setValue(notices.template(Translations.GERMAN)));
        Button templateEn = new Button(getTranslation("privacy.notice.use-template-en"),
                click -> textEn.setValue(notices.template(Translations.ENGLISH)));
        Button show = new Button(getTranslation("privacy.notice.preview"), click -> showPreview());
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.addClassName("public-page-preview");

        add(new H2(getTranslation("nav.privacy-notice")), new Paragraph(getTranslation("privacy.notice.intro")),
                new Paragraph(getTranslation("privacy.notice.placeholders", PrivacyNoticeForm.PLACEHOLDERS.toArray())),
                new Paragraph(getTranslation("privacy.notice.check-hint")),
                address, email, officer, officerEmail, textDe, templateDe, textEn, templateEn,
                new HorizontalLayout(save, show),
                new Anchor(PrivacyNoticeView.ROUTE, getTranslation("privacy.notice.public-page")), preview);
    }

    private void text(TextArea area, String labelKey, String value) {
        area.setLabel(getTranslation(labelKey));
        area.setMaxLength(PrivacyNoticeForm.TEXT_LENGTH);
        area.setHelperText(getTranslation("privacy.notice.text-helper"));
        area.setValue(valueOf(value));
        area.setWidthFull();
        area.setMinHeight("12em");
        area.setMaxHeight("30em");
    }

    private PrivacyNoticeForm form() {
        return new PrivacyNoticeForm(address.getValue(), email.getValue(), officer.getValue(),
                officerEmail.getValue(), textDe.getValue(), textEn.getValue(), version);
    }

    private void showPreview() {
        Locale locale = getLocale();
        preview.removeAll();
        preview.add(new H3(getTranslation("privacy.notice.preview")),
                new Html(SafeMarkdown.toHtml(notices.preview(form(), locale))));
    }

    private void save() {
        version = notices.save(form());
        Notifications.success(getTranslation("privacy.notice.saved"));
    }

    private static String valueOf(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String titleKey() {
        return "nav.privacy-notice";
    }
}
