package de.willkommensakademie.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The friendly page for anything that does not exist or that the person may not see: both look alike on purpose. */
class NotFoundContent extends Main {

    NotFoundContent() {
        addClassName("message-page");
        add(new H1(getTranslation("error.not-found.title")), new Paragraph(getTranslation("error.not-found.text")),
                new Anchor("", getTranslation("error.back-home")));
    }
}
