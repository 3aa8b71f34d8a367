package de.willkommensakademie.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommensakademie.base.UserFacingException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any failure while opening a page: a calm message for the person, the details in the server log. A refusal the
 * person can understand (a {@link UserFacingException}, such as a {@link de.willkommensakademie.base.DomainException}
 * for a record whose state does not allow the page) shows its translated message instead and is not logged as an
 * error.
 */
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("message-page");
        UserFacingException refusal = refusal(parameter.getCaughtException());
        if (refusal != null) {
            log.info("Refused to open {}: {}", event.getLocation().getPath(), refusal.getMessage());
            add(new H1(getTranslation("error.refused.title")),
                    new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments())),
                    new Anchor("", getTranslation("error.back-home")));
            return HttpServletResponse.SC_CONFLICT;
        }
        log.error("Failed to open {}", event.getLocation().getPath(), parameter.getCaughtException());
        add(new H1(getTranslation("error.unexpected.title")), new Paragraph(getTranslation("error.unexpected.text")),
                new Anchor("", getTranslation("error.back-home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private static UserFacingException refusal(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserFacingException problem) {
                return problem;
            }
        }
        return null;
    }
}
