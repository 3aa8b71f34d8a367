package de.willkommensakademie.privacy.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.ui.FooterLink;
import de.willkommensakademie.base.ui.PageFooter;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.privacy.AccessibilityFeedbackForm;
import de.willkommensakademie.privacy.AccessibilityFeedbackReceipt;
import de.willkommensakademie.privacy.AccessibilityFeedbackService;
import de.willkommensakademie.privacy.PrivacyNoticeService;
import de.willkommensakademie.privacy.PublicAuthority;

/**
 * Reporting a barrier, open to everyone (signed in or not): message required, name, e-mail and page optional. After
 * sending, the form gives way to a confirmation with the date it arrived and by when the authority answers.
 * {@code ?page=} fills in the page it is about; {@code ?authority=} names the authority, else the visitor chooses.
 */
@Route(value = AccessibilityFeedbackView.ROUTE, autoLayout = false)
@AnonymousAllowed
class AccessibilityFeedbackView extends Main implements BeforeEnterObserver, TranslatedTitle {

    static final String ROUTE = "accessibility/feedback";

    private final transient AccessibilityFeedbackService feedback;
    private final transient PrivacyNoticeService notices;
    private final PageFooter footer;
    private final Div body = new Div();
    private final Select<PublicAuthority> authority = new Select<>();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField page = new TextField();
    private final TextArea message = new TextArea();

    AccessibilityFeedbackView(AccessibilityFeedbackService feedback, PrivacyNoticeService notices,
            List<FooterLink> footerLinks) {
        this.feedback = feedback;
        this.notices = notices;
        this.footer = new PageFooter(footerLinks);
        addClassName("public-page");

        authority.setLabel(getTranslation("accessibility.feedback.authority"));
        authority.setItemLabelGenerator(PublicAuthority::name);
        authority.setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("accessibility.feedback.name"));
        name.setMaxLength(AccessibilityFeedbackForm.NAME_LENGTH);
        name.setAutocomplete(Autocomplete.NAME);
        email.setLabel(getTranslation("accessibility.feedback.email"));
        email.setMaxLength(AccessibilityFeedbackForm.EMAIL_LENGTH);
        email.setHelperText(getTranslation("accessibility.feedback.email.helper"));
        email.setErrorMessage(getTranslation("accessibility.feedback.error.email"));
        page.setLabel(getTranslation("accessibility.feedback.page"));
        page.setMaxLength(AccessibilityFeedbackForm.PAGE_LENGTH);
        page.setHelperText(getTranslation("accessibility.feedback.page.helper"));
        message.setLabel(getTranslation("accessibility.feedback.message"));
        message.setRequired(true);
        message.setMaxLength(AccessibilityFeedbackForm.MESSAGE_LENGTH);
        message.setHelperText(getTranslation("accessibility.feedback.message.helper",
                AccessibilityFeedbackForm.MESSAGE_LENGTH));
        message.setErrorMessage(getTranslation("accessibility.feedback.error.message-required"));
        message.setMinHeight("10em");
        for (var field : List.of(name, email, page)) {
            field.setWidthFull();
        }
        authority.setWidthFull();
        message.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        body.removeAll();
        String slug = PublicPageParts.slug(event);
        Optional<PublicAuthority> chosen = notices.authority(slug);
        add(new H1(getTranslation("accessibility.feedback.title")));
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.setAlignItems(FlexComponent.Alignment.STRETCH);
        if (chosen.isPresent()) {
            form.add(new Paragraph(getTranslation("accessibility.feedback.to", chosen.get().name())));
            footer.forAuthority(chosen.get().slug());
        } else {
            authority.setItems(notices.authorities());
            form.add(authority);
            footer.forAuthority(null);
        }
        form.add(new Paragraph(getTranslation("accessibility.feedback.privacy")));
        String about = PublicPageParts.parameter(event, "page");
        page.setValue(about == null ? "" : about.strip());
        form.add(message, page, name, email);
        Button send = new Button(getTranslation("accessibility.feedback.send"), click -> send(chosen));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(send);
        form.setHorizontalComponentAlignment(FlexComponent.Alignment.START, send);
        body.add(form);
        add(body, PublicPageParts.back(), footer);
    }

    private void send(Optional<PublicAuthority> chosen) {
        PublicAuthority to = chosen.orElseGet(authority::getValue);
        if (to == null) {
            authority.setInvalid(true);
            authority.setErrorMessage(getTranslation("accessibility.feedback.error.authority"));
            throw new UserFacingException("accessibility.feedback.error.authority");
        }
        if (message.getValue().isBlank()) {
            message.setInvalid(true);
        }
        AccessibilityFeedbackReceipt receipt = feedback.send(to.slug(), new AccessibilityFeedbackForm(
                name.getValue(), email.getValue(), page.getValue(), message.getValue()), clientAddress());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        body.removeAll();
        Paragraph thanks = new Paragraph(getTranslation("accessibility.feedback.thanks", receipt.authorityName(),
                dates.format(receipt.receivedOn()), dates.format(receipt.answerBy())));
        thanks.getElement().setAttribute("role", "status");
        body.add(thanks, new Paragraph(getTranslation(receipt.canAnswer() ? "accessibility.feedback.answer-by-email"
                : "accessibility.feedback.no-answer")));
    }

    /** The sender's address for the hourly limit (behind a trusted proxy Tomcat takes it from X-Forwarded-For). */
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "" : request.getRemoteAddr();
    }

    @Override
    public String titleKey() {
        return "accessibility.feedback.title";
    }
}
