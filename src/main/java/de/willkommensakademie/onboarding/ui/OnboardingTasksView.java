package de.willkommensakademie.onboarding.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.onboarding.Onboarding;
import jakarta.annotation.security.RolesAllowed;

/**
 * "My onboarding tasks": what the reader does for new colleagues as buddy, manager or IT, and what waits for their
 * confirmation (confirm, or send back with a reason), by due date.
 */
@Route("onboarding/tasks")
@RolesAllowed({Role.Name.EMPLOYEE, Role.Name.MANAGER, Role.Name.ADMIN})
@Menu(title = "nav.onboarding-tasks", order = 10, icon = "vaadin:tasks")
class OnboardingTasksView extends VerticalLayout implements TranslatedTitle {

    private final transient Onboarding onboarding;

    OnboardingTasksView(Onboarding onboarding) {
        this.onboarding = onboarding;
        addClassName("page");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("nav.onboarding-tasks")), new Paragraph(getTranslation("onboarding.tasks.intro")),
                new ItemCards(onboarding.myTasks(getLocale()), true, new ItemCards.Actions(request -> {
                    onboarding.tick(request.item().id(), request.item().version(), request.comment());
                    Notifications.success(getTranslation("onboarding.ticked"));
                    show();
                }, item -> {
                    onboarding.signOff(item.id(), item.version());
                    Notifications.success(getTranslation("onboarding.signed-off"));
                    show();
                }, (item, reason) -> {
                    onboarding.sendBack(item.id(), item.version(), reason);
                    Notifications.success(getTranslation("onboarding.sent-back"));
                    show();
                }, null)));
    }

    @Override
    public String titleKey() {
        return "nav.onboarding-tasks";
    }
}
