package de.willkommensakademie.base.ui;

/**
 * A link every page carries at its foot (privacy notice, accessibility statement, reporting a barrier): features
 * contribute them as Spring beans, the signed-in frame and the login page show them ordered by {@link #order()}.
 */
public interface FooterLink {

    int order();

    /** Translation key of the link text. */
    String labelKey();

    /** The route, without leading slash; a page that knows the visitor's authority adds it as a query parameter. */
    String path();
}
