package de.willkommensakademie.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import de.willkommensakademie.KaribuTest;
import org.junit.jupiter.api.Test;

/** Quick actions one after another leave one message on screen, not a stack of toasts over the page. */
class NotificationsTest extends KaribuTest {

    @Test
    void a_new_message_replaces_the_one_still_open() {
        login("employee");
        Notifications.success("Erstens gespeichert");
        Notifications.error("Zweitens fehlgeschlagen");
        Notifications.success("Drittens gespeichert");

        assertThat(_find(Notification.class).stream().filter(Notification::isOpened)).hasSize(1);
        assertThat(notificationTexts()).containsExactly("Drittens gespeichert");
    }
}
