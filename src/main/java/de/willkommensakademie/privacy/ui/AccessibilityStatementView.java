package de.willkommensakademie.privacy.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import de.willkommensakademie.privacy.AccessibilityStatementForm.Conformity;
import de.willkommensakademie.privacy.AccessibilityStatementPage;
import de.willkommensakademie.privacy.AccessibilityStatementService;
import de.willkommensakademie.privacy.PrivacyNoticeService;

/**
 * The accessibility statement of one authority in the order of the EU model statement (implementing decision (EU)
 * 2018/1523): conformity, content that is not accessible, how the statement was made, feedback and contact, the
 * enforcement procedure. Readable without signing in; the authority is chosen as on the privacy notice.
 */
@Route(value = AccessibilityStatementView.ROUTE, autoLayout = false)
@AnonymousAllowed
class AccessibilityStatementView extends Main implements BeforeEnterObserver, TranslatedTitle {

    static final String ROUTE = "accessibility";

    private final transient AccessibilityStatementService statements;
    private final transient PrivacyNoticeService notices;
    private final PageFooter footer;

    AccessibilityStatementView(AccessibilityStatementService statements, PrivacyNoticeService notices,
            List<FooterLink> footerLinks) {
        this.statements = statements;
        this.notices = notices;
        this.footer = new PageFooter(footerLinks);
        addClassName("public-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = PublicPageParts.slug(event);
        add(new H1(getTranslation("accessibility.title")));
        statements.statement(slug, getLocale()).ifPresentOrElse(this::show, () -> {
            add(PublicPageParts.chooser(ROUTE, notices.authorities(), slug != null));
            footer.forAuthority(null);
        });
        add(PublicPageParts.back(), footer);
    }

    private void show(AccessibilityStatementPage page) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        Paragraph authority = new Paragraph(page.authority().name());
        authority.addClassName("public-page-authority");
        add(authority, new Paragraph(getTranslation("accessibility.intro", page.authority().name())));

        add(new H2(getTranslation("accessibility.conformity.heading")),
                new Paragraph(getTranslation("accessibility.conformity." + page.conformity().name() + ".text")));
        if (page.conformity() != Conformity.FULL) {
            add(new H2(getTranslation("accessibility.limitations.heading")),
                    new Html(SafeMarkdown.toHtml(page.limitations())));
        }

        add(new H2(getTranslation("accessibility.making.heading")));
        if (page.statementDate() == null) {
            add(new Paragraph(getTranslation("accessibility.making.not-yet")));
        } else {
            add(new Paragraph(getTranslation("accessibility.making.dates", dates.format(page.statementDate()),
                    dates.format(page.reviewedOn()))),
                    new Paragraph(getTranslation("accessibility.assessment." + page.assessment().name() + ".text")));
        }

        add(new H2(getTranslation("accessibility.feedback.heading")),
                new Paragraph(getTranslation("accessibility.feedback.intro")),
                new Paragraph(new Anchor(PublicPageParts.link(AccessibilityFeedbackView.ROUTE, page.authority()),
                        getTranslation("accessibility.feedback.link"))),
                new Paragraph(getTranslation("accessibility.contact.label")), PublicPageParts.lines(page.contact()));

        add(new H2(getTranslation("accessibility.enforcement.heading")),
                new Paragraph(getTranslation("accessibility.enforcement.intro")),
                PublicPageParts.lines(page.enforcementBody()));
        footer.forAuthority(page.authority().slug());
    }

    @Override
    public String titleKey() {
        return "accessibility.title";
    }
}
