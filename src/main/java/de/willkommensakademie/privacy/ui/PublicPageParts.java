package de.willkommensakademie.privacy.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import de.willkommensakademie.base.ui.PageFooter;
import de.willkommensakademie.privacy.PublicAuthority;

/** What the three public pages share: the authority named in the address, the list to choose one, plain text. */
final class PublicPageParts {

    private PublicPageParts() {
    }

    /** The {@code authority} query parameter, or null. */
    static String slug(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(PageFooter.AUTHORITY_PARAMETER, List.of());
        return values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
    }

    /** A query parameter's first value, or null. */
    static String parameter(BeforeEnterEvent event, String name) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.getFirst();
    }

    /** The link to a public page of one authority. */
    static String link(String route, PublicAuthority authority) {
        return route + "?" + PageFooter.AUTHORITY_PARAMETER + "=" + authority.slug();
    }

    /**
     * Several authorities share the installation and the address named none (or an unknown one): the visitor
     * chooses theirs from a list of links to the same page.
     */
    static Component chooser(String route, List<PublicAuthority> authorities, boolean unknown) {
        Div chooser = new Div();
        chooser.add(new Paragraph(I18NProvider.translate(unknown ? "privacy.notice.unknown-authority"
                : "privacy.notice.choose-authority")));
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-label", I18NProvider.translate("privacy.notice.authorities"));
        authorities.forEach(authority -> list.add(new ListItem(new Anchor(link(route, authority),
                authority.name()))));
        chooser.add(list);
        return chooser;
    }

    /** Text with its line breaks kept (addresses), shown as text, never as markup. */
    static Paragraph lines(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.getStyle().set("white-space", "pre-line");
        return paragraph;
    }

    /** The way back into the application (the login page for visitors, the start page for the signed in). */
    static Anchor back() {
        Anchor back = new Anchor(".", I18NProvider.translate("privacy.notice.back"));
        back.addClassName("public-page-back");
        return back;
    }
}
