package de.willkommensakademie.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.FileType;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.certificate.CertificateTemplates;
import jakarta.annotation.security.RolesAllowed;

/** The administrator's certificate design: signer, accent colour and logo, with sample certificates to check. */
@Route("admin/certificates")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.certificate-template", order = 59, icon = "vaadin:diploma-scroll")
class CertificateTemplateView extends VerticalLayout implements TranslatedTitle {

    CertificateTemplateView(CertificateTemplates templates) {
        addClassName("page");
        CertificateTemplates.TemplateForm current = templates.load();
        TextField signer = new TextField(getTranslation("certificate.template.signer"));
        signer.setValue(current.signerName());
        signer.setRequired(true);
        signer.setMaxLength(200);
        TextField role = new TextField(getTranslation("certificate.template.role"));
        role.setValue(current.signerRole());
        role.setRequired(true);
        role.setMaxLength(200);
        TextField colour = new TextField(getTranslation("certificate.template.colour"));
        colour.setValue(current.accentColour());
        colour.setPattern("#[0-9a-fA-F]{6}");
        colour.setHelperText(getTranslation("certificate.template.colour.helper"));
        long[] version = {current.version()};
        Button save = new Button(getTranslation("action.save"), event -> {
            templates.save(new CertificateTemplates.TemplateForm(version[0], signer.getValue(), role.getValue(),
                    colour.getValue(), current.hasLogo()));
            version[0] = templates.load().version();
            Notifications.success(getTranslation("certificate.template.saved"));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph logoState = new Paragraph(getTranslation(current.hasLogo() ? "certificate.template.logo-stored"
                : "certificate.template.no-logo"));
        var upload = FileTransfer.upload(1024 * 1024, bytes -> {
            templates.uploadLogo(bytes);
            version[0] = templates.load().version();
            logoState.setText(getTranslation("certificate.template.logo-stored"));
            Notifications.success(getTranslation("certificate.template.saved"));
        }, FileType.PNG, FileType.JPEG);
        FlexLayout samples = new FlexLayout(
                FileTransfer.download(getTranslation("certificate.template.sample-de"), null, "sample-de.pdf",
                        "application/pdf", () -> templates.sample("de")),
                FileTransfer.download(getTranslation("certificate.template.sample-en"), null, "sample-en.pdf",
                        "application/pdf", () -> templates.sample("en")));
        samples.addClassName("editor-toolbar");
        add(new H2(getTranslation("nav.certificate-template")), new Paragraph(getTranslation(
                "certificate.template.intro")), new FormLayout(signer, role, colour), save,
                new H3(getTranslation("certificate.template.logo")), logoState, upload,
                new H3(getTranslation("certificate.template.samples")), samples);
    }

    @Override
    public String titleKey() {
        return "nav.certificate-template";
    }
}
