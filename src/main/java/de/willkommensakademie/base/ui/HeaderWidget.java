package de.willkommensakademie.base.ui;

import com.vaadin.flow.component.Component;
import de.willkommensakademie.base.security.AppUser;

/**
 * Something in the top bar next to the user menu (e.g. the notice bell). Features contribute them as Spring beans;
 * the layout shows those that apply to the signed-in person, ordered by {@link #order()}.
 */
public interface HeaderWidget {

    int order();

    boolean appliesTo(AppUser user);

    /** A new component for one UI. */
    Component create();
}
