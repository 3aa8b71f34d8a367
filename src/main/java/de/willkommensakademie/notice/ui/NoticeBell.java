package de.willkommensakademie.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.ui.HeaderWidget;
import de.willkommensakademie.notice.NoticeService;
import org.springframework.stereotype.Component;


/** The bell in the top bar with the number of unread notices; it leads to the notice list. */
@Component
class NoticeBell implements HeaderWidget {

    private final NoticeService notices;

    NoticeBell(NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean appliesTo(AppUser user) {
        return notices.available();
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new Bell(notices);
    }

    /** Counts again after every navigation, so reading notices clears the badge. */
    static final class Bell extends Button implements AfterNavigationObserver {

        private final transient NoticeService notices;
        private final Span badge = new Span();

        Bell(NoticeService notices) {
            this.notices = notices;
            setIcon(VaadinIcon.BELL.create());
            addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            addClassName("notice-bell");
            badge.addClassName("notice-badge");
            badge.getElement().setAttribute("aria-hidden", "true");
            getElement().appendChild(badge.getElement());
            addClickListener(event -> getUI().ifPresent(ui -> ui.navigate(NoticesView.class)));
            refresh();
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            refresh();
        }

        void refresh() {
            long unread = notices.unreadCount();
            badge.setText(unread == 0 ? "" : String.valueOf(unread));
            badge.setVisible(unread > 0);
            setAriaLabel(getTranslation("notice.bell", unread));
            setTooltipText(getTranslation("notice.bell", unread));
        }
    }
}
