package de.willkommensakademie.base.ui;

import com.vaadin.flow.component.Component;
import de.willkommensakademie.base.security.AppUser;

/**
 * A card on the start page ("what needs my attention"). Features contribute widgets as Spring beans; the start page
 * shows those that apply to the signed-in person, ordered by {@link #order()}.
 */
public interface HomeWidget {

    int order();

    boolean appliesTo(AppUser user);

    /** A new component for one UI; it may call the feature's services. */
    Component create();
}
