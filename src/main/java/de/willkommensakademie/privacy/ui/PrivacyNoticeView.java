package de.willkommensakademie.privacy.ui;

import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommensakademie.base.ui.FooterLink;
import de.willkommensakademie.base.ui.PageFooter;
import de.willkommensakademie.base.ui.SafeMarkdown;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.privacy.PrivacyNoticeService;

/**
 * The privacy notice of one authority (GDPR Art. 13), readable without signing in: the administrators' Markdown,
 * sanitised, with its placeholders filled. {@code ?authority=slug} names the authority; without it the signed-in
 * person's, or the only one, or a list to choose from.
 */
@Route(value = PrivacyNoticeView.ROUTE, autoLayout = false)
@AnonymousAllowed
class PrivacyNoticeView extends Main implements BeforeEnterObserver, TranslatedTitle {

    static final String ROUTE = "privacy";

    private final transient PrivacyNoticeService notices;
    private final PageFooter footer;

    PrivacyNoticeView(PrivacyNoticeService notices, List<FooterLink> footerLinks) {
        this.notices = notices;
        this.footer = new PageFooter(footerLinks);
        addClassName("public-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = PublicPageParts.slug(event);
        add(new H1(getTranslation("privacy.notice.title")));
        notices.notice(slug, getLocale()).ifPresentOrElse(text -> {
            Paragraph authority = new Paragraph(text.authority().name());
            authority.addClassName("public-page-authority");
            add(authority, new Html(SafeMarkdown.toHtml(text.markdown())));
            footer.forAuthority(text.authority().slug());
        }, () -> {
            add(PublicPageParts.chooser(ROUTE, notices.authorities(), slug != null));
            footer.forAuthority(null);
        });
        add(PublicPageParts.back(), footer);
    }

    @Override
    public String titleKey() {
        return "privacy.notice.title";
    }
}
