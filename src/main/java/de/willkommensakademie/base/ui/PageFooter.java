package de.willkommensakademie.base.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The foot of a page with the {@link FooterLink}s, as a {@code footer} landmark with a list of plain links (keyboard
 * and screen readers reach them as they reach any link). {@link #forAuthority} makes the links name an authority, so
 * a visitor of one office's login page lands on that office's pages.
 */
public class PageFooter extends Footer {

    /** Query parameter naming the authority by its slug, as on the login page ({@code /login?authority=slug}). */
    public static final String AUTHORITY_PARAMETER = "authority";

    private final List<FooterLink> links;
    private final UnorderedList list = new UnorderedList();

    public PageFooter(List<FooterLink> links) {
        this.links = links.stream().sorted(Comparator.comparingInt(FooterLink::order)).toList();
        addClassName("page-footer");
        getElement().setAttribute("aria-label", getTranslation("layout.footer"));
        add(list);
        forAuthority(null);
    }

    /** Shows the links for this authority ({@code null}: none named, the pages then decide). */
    public final void forAuthority(String slug) {
        list.removeAll();
        for (FooterLink link : links) {
            String href = slug == null || slug.isBlank() ? link.path()
                    : link.path() + "?" + AUTHORITY_PARAMETER + "=" + slug.replaceAll("[^a-z0-9-]", "");
            list.add(new ListItem(new Anchor(href, getTranslation(link.labelKey()))));
        }
    }
}
