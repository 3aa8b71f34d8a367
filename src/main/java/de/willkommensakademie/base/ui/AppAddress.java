package de.willkommensakademie.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** This installation's address as the browser reached it (behind a proxy: as its forwarded headers say). */
public final class AppAddress {

    private AppAddress() {
    }

    /**
     * The address up to the context path, as Spring Security fills {@code {baseUrl}} in the addresses it sends to an
     * identity provider; empty outside a request.
     */
    public static String baseUrl() {
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest request)) {
            return "";
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).replaceQuery(null)
                .build().toUriString();
    }
}
