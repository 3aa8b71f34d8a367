package de.willkommensakademie.team.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import de.willkommensakademie.team.ProgressFilter;

/** Links into the team progress matrix with its filter in the URL, as the start page card and the summary use them. */
final class MatrixLink {

    static final String ROUTE = "team/progress";

    private MatrixLink() {
    }

    static String href(ProgressFilter filter) {
        String query = QueryParameters.simple(filter.toQuery()).getQueryString();
        return query.isEmpty() ? ROUTE : ROUTE + "?" + query;
    }

    /** A link whose text may repeat from team to team; the label names the team for screen reader link lists. */
    static Anchor to(ProgressFilter filter, String text, String label) {
        Anchor link = new Anchor(href(filter), text);
        link.getElement().setAttribute("aria-label", label);
        return link;
    }
}
