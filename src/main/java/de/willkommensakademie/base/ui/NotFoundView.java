package de.willkommensakademie.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Unknown routes, and routes the person may not open (Vaadin reroutes those here so they reveal nothing). */
@AnonymousAllowed
public class NotFoundView extends NotFoundContent implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().executeJs("document.title = $0", getTranslation("error.not-found.title"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
