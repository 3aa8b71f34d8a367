package de.willkommensakademie.certificate.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommensakademie.certificate.CertificateVerification;
import de.willkommensakademie.certificate.Verification;

/**
 * The public page behind a certificate's QR code: valid, expired or revoked, with holder, title, date and issuing
 * authority only. Unknown codes get a plain "not found".
 */
@Route(value = "verify", autoLayout = false)
@AnonymousAllowed
class VerificationView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient CertificateVerification verification;

    VerificationView(CertificateVerification verification) {
        this.verification = verification;
        addClassName("verification-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        removeAll();
        Locale locale = getLocale();
        add(new H1(getTranslation("verify.title")));
        verification.verify(code).ifPresentOrElse(found -> show(found, locale),
                () -> add(new Paragraph(getTranslation("verify.not-found"))));
    }

    private void show(Verification found, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        Span status = new Span(getTranslation("certificate.status." + found.status().name()));
        status.addClassNames("status-badge", "verify-" + found.status().name().toLowerCase(Locale.ROOT));
        Paragraph verdict = new Paragraph(getTranslation("verify.verdict." + found.status().name()));
        verdict.getElement().setAttribute("role", "status");
        DescriptionList details = new DescriptionList();
        add(status, verdict, details);
        // An erased holder's certificate stays genuine (personnel file) but is shown without a name.
        item(details, "verify.holder",
                found.holderErased() ? getTranslation("privacy.erasure.verify-holder") : found.holderName());
        item(details, "verify.certificate", "en".equals(locale.getLanguage()) ? found.titleEn() : found.titleDe());
        item(details, "verify.completed-on", dates.format(found.completedOn()));
        if (found.validUntil() != null) {
            item(details, "verify.valid-until", dates.format(found.validUntil()));
        }
        item(details, "verify.authority", found.authorityName());
    }

    private void item(DescriptionList list, String termKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " – " + getTranslation("app.name");
    }
}
