package de.willkommensakademie.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Notifications with one look; errors stay until closed so they can be read at any pace (WCAG 2.2.1). One at a time:
 * a new message replaces the one still open, so quick actions do not pile up toasts over the page.
 */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String text) {
        replacePrevious();
        Notification notification = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return remember(notification);
    }

    public static Notification error(String text) {
        replacePrevious();
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        Button close = new Button(notification.getTranslation("action.close"), event -> notification.close());
        HorizontalLayout content = new HorizontalLayout(new Span(text), close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
        return remember(notification);
    }

    private static void replacePrevious() {
        UI ui = UI.getCurrent();
        if (ui != null && ComponentUtil.getData(ui, Notification.class) instanceof Notification previous) {
            previous.close();
        }
    }

    private static Notification remember(Notification notification) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.setData(ui, Notification.class, notification);
        }
        return notification;
    }
}
