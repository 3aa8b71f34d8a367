package de.willkommensakademie.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any unexpected failure while opening a page: a calm message for the person, the details in the server log. */
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Failed to open {}", event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        addClassName("message-page");
        add(new H1(getTranslation("error.unexpected.title")), new Paragraph(getTranslation("error.unexpected.text")),
                new Anchor("", getTranslation("error.back-home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
