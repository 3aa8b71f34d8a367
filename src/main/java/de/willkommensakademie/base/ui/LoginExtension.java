package de.willkommensakademie.base.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;

/**
 * A feature's part of the login page (single sign-on: "Mit Dienstkonto anmelden"), so that the page never depends on
 * the feature.
 */
public interface LoginExtension {

    /**
     * What the feature shows above the password form for this visit, or null for nothing.
     *
     * @param parameters the query parameters of the login page ({@code authority}, error codes)
     */
    Component section(Map<String, List<String>> parameters);

    /** Whether the password form is offered on this visit (an authority may allow single sign-on only). */
    boolean passwordFormOffered(Map<String, List<String>> parameters);
}
