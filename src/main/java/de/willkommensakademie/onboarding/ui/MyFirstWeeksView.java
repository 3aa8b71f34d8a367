package de.willkommensakademie.onboarding.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.onboarding.MyOnboarding;
import de.willkommensakademie.onboarding.Onboarding;
import de.willkommensakademie.onboarding.OnboardingItem;
import de.willkommensakademie.onboarding.Responsible;
import jakarta.annotation.security.RolesAllowed;

/**
 * "My first weeks": what the new employee does today and this week, what others do for them, what is done, and how
 * far along they are.
 */
@Route("onboarding")
@RolesAllowed(Role.Name.EMPLOYEE)
@Menu(title = "nav.onboarding", order = 4, icon = "vaadin:road")
class MyFirstWeeksView extends VerticalLayout implements TranslatedTitle {

    private final transient Onboarding onboarding;
    private final transient Clock clock;

    MyFirstWeeksView(Onboarding onboarding, Clock clock) {
        this.onboarding = onboarding;
        this.clock = clock;
        addClassName("page");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("nav.onboarding")));
        onboarding.mine(getLocale()).ifPresentOrElse(this::show,
                () -> add(new Paragraph(getTranslation("onboarding.none"))));
    }

    private void show(MyOnboarding mine) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        ProgressBar progress = new ProgressBar(0, Math.max(1, mine.items().size()), mine.finished());
        progress.getElement().setAttribute("aria-label", getTranslation("onboarding.progress", mine.finished(),
                mine.items().size()));
        add(new Paragraph(mine.title() + " – " + getTranslation("onboarding.started", dates.format(mine.startDate()))),
                new Paragraph(getTranslation("onboarding.people", mine.buddy() == null
                        ? getTranslation("onboarding.no-buddy") : mine.buddy(), String.join(", ", mine.managers()))),
                progress, new Paragraph(getTranslation("onboarding.progress", mine.finished(), mine.items().size())));
        LocalDate weekEnd = LocalDate.now(clock).plusDays(7);
        List<OnboardingItem> open = mine.items().stream().filter(item -> !item.finished()).toList();
        section("onboarding.section.now", open.stream().filter(item -> item.responsible() == Responsible.EMPLOYEE
                && !item.dueDate().isAfter(weekEnd)).toList());
        section("onboarding.section.later", open.stream().filter(item -> item.responsible() == Responsible.EMPLOYEE
                && item.dueDate().isAfter(weekEnd)).toList());
        section("onboarding.section.others", mine.items().stream()
                .filter(item -> item.responsible() != Responsible.EMPLOYEE).toList());
        section("onboarding.section.done", mine.items().stream().filter(item -> item.finished()
                && item.responsible() == Responsible.EMPLOYEE).toList());
    }

    private void section(String headingKey, List<OnboardingItem> shown) {
        add(new H3(getTranslation(headingKey)), new ItemCards(shown, false, new ItemCards.Actions(request -> {
            onboarding.tick(request.item().id(), request.item().version(), request.comment());
            Notifications.success(getTranslation("onboarding.ticked"));
            show();
        }, null, null, null)));
    }

    @Override
    public String titleKey() {
        return "nav.onboarding";
    }
}
