package de.willkommensakademie.privacy.ui;

import de.willkommensakademie.base.ui.FooterLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The privacy notice, the accessibility statement and the feedback form at the foot of every page. */
@Configuration
class PublicPageLinks {

    private record Link(int order, String labelKey, String path) implements FooterLink {
    }

    @Bean
    FooterLink privacyNoticeLink() {
        return new Link(10, "privacy.notice.title", PrivacyNoticeView.ROUTE);
    }

    @Bean
    FooterLink accessibilityStatementLink() {
        return new Link(20, "accessibility.title", AccessibilityStatementView.ROUTE);
    }

    @Bean
    FooterLink accessibilityFeedbackLink() {
        return new Link(30, "accessibility.feedback.title", AccessibilityFeedbackView.ROUTE);
    }
}
