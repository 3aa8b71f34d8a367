package de.willkommensakademie.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommensakademie.base.RecordNotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** A record id in a URL that does not exist or belongs to another authority. */
@AnonymousAllowed
public class RecordNotFoundView extends NotFoundContent implements HasErrorParameter<RecordNotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RecordNotFoundException> parameter) {
        getElement().executeJs("document.title = $0", getTranslation("error.not-found.title"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
