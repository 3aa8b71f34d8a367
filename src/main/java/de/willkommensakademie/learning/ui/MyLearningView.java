package de.willkommensakademie.learning.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.learning.LearningItem;
import de.willkommensakademie.learning.MyLearning;
import jakarta.annotation.security.RolesAllowed;

/**
 * The learner's modules and assigned role-plays, grouped into overdue, due, in progress and done, with progress and
 * due dates.
 */
@Route("learning")
@RolesAllowed(Role.Name.EMPLOYEE)
@Menu(title = "nav.my-learning", order = 5, icon = "vaadin:academy-cap")
class MyLearningView extends VerticalLayout implements TranslatedTitle {

    MyLearningView(MyLearning myLearning) {
        addClassName("page");
        Locale locale = getLocale();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        add(new H2(getTranslation("nav.my-learning")));
        // By route string: the page belongs to the team feature, which learning must not depend on.
        Anchor whatMyManagerSees = new Anchor("my/visibility", getTranslation("visibility.my.link"));
        whatMyManagerSees.getElement().setAttribute("router-link", true);
        add(whatMyManagerSees);
        List<LearningItem> items = myLearning.overview();
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("learning.nothing-assigned")));
        }
        for (LearningItem.Group group : LearningItem.Group.values()) {
            List<LearningItem> inGroup = items.stream().filter(item -> item.group() == group).toList();
            if (inGroup.isEmpty()) {
                continue;
            }
            Section section = new Section(new H3(getTranslation("learning.group." + group.name()) + " ("
                    + inGroup.size() + ")"));
            section.addClassName("learning-group");
            Div cards = new Div();
            cards.addClassName("cards");
            for (LearningItem item : inGroup) {
                cards.add(card(item, dates, locale));
            }
            section.add(cards);
            add(section);
        }
    }

    private Div card(LearningItem item, DateTimeFormatter dates, Locale locale) {
        Div card = new Div();
        card.addClassNames("card", "learning-card", "group-" + item.group().name().toLowerCase(Locale.ROOT));
        H3 title = new H3(item.title(locale));
        card.add(title);
        Span kind = new Span(getTranslation(item.mandatory() ? "learning.mandatory" : "learning.recommended"));
        kind.addClassName("status-badge");
        card.add(kind);
        if (item.isRolePlay()) {
            Span rolePlay = new Span(getTranslation("learning.role-play"));
            rolePlay.addClassName("status-badge");
            card.add(rolePlay);
        }
        if (item.dueDate() != null && item.group() != LearningItem.Group.DONE) {
            card.add(new Paragraph(getTranslation("learning.due", dates.format(item.dueDate()))));
        }
        if (item.group() == LearningItem.Group.DONE && item.expiresAt() != null) {
            card.add(new Paragraph(getTranslation("learning.valid-until", dates.format(localDate(item.expiresAt())))));
        }
        String action;
        if (item.isRolePlay()) {
            // no lessons to count: the state in words, whatever the ending was
            if (item.completedAt() != null) {
                card.add(new Paragraph(getTranslation("learning.role-play.ended",
                        dates.format(localDate(item.completedAt())))));
            } else if (item.isStarted()) {
                card.add(new Paragraph(getTranslation("learning.role-play.started")));
            }
            action = item.group() == LearningItem.Group.DONE ? "learning.role-play.again"
                    : item.isStarted() ? "learning.resume" : "learning.start";
        } else {
            ProgressBar bar = new ProgressBar(0, 1, item.progress());
            String progressText = getTranslation("learning.progress", item.lessonsDone(), item.lessonCount());
            bar.getElement().setAttribute("aria-label", item.title(locale) + ": " + progressText);
            card.add(bar, new Span(progressText));
            action = switch (item.group()) {
                case DONE -> "learning.review";
                case IN_PROGRESS -> "learning.resume";
                default -> item.lessonsDone() > 0 ? "learning.resume" : "learning.start";
            };
        }
        if (item.openable()) {
            Button open = new Button(getTranslation(action), event -> getUI().ifPresent(ui -> open(ui, item)));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.setAriaLabel(getTranslation(action) + ": " + item.title(locale));
            card.add(open);
        }
        return card;
    }

    /** Modules open in the learning player, role-plays in the role-play player (a route of the scenario feature). */
    private static void open(UI ui, LearningItem item) {
        if (item.isRolePlay()) {
            ui.navigate("scenarios", QueryParameters.of("play", String.valueOf(item.contentId())));
        } else {
            ui.navigate(LearningPlayerView.class, item.contentId());
        }
    }

    private static LocalDate localDate(Instant instant) {
        return instant.atZone(ZoneId.systemDefault()).toLocalDate();
    }

    @Override
    public String titleKey() {
        return "nav.my-learning";
    }
}
