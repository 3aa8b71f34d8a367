package de.willkommensakademie.scenario.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.scenario.AttemptSummary;
import de.willkommensakademie.scenario.Play;
import de.willkommensakademie.scenario.ScenarioPlay;
import de.willkommensakademie.scenario.ScenarioSummary;
import jakarta.annotation.security.RolesAllowed;

/**
 * The role-plays a person can play, each a card with a start button. {@code scenarios?play=<id>} (from "My learning"
 * and reminders) goes straight into that role-play: the unfinished attempt, or a new one.
 */
@Route("scenarios")
@RolesAllowed(Role.Name.EMPLOYEE)
@Menu(title = "nav.scenarios", order = 6, icon = "vaadin:comments")
class ScenariosView extends VerticalLayout implements TranslatedTitle, BeforeEnterObserver {

    static final String PLAY_PARAMETER = "play";

    private final transient ScenarioPlay play;

    ScenariosView(ScenarioPlay play) {
        this.play = play;
        addClassName("page");
        Locale locale = getLocale();
        add(new H2(getTranslation("nav.scenarios")), new Paragraph(getTranslation("scenarios.intro")));
        Div cards = new Div();
        cards.addClassName("cards");
        for (ScenarioSummary scenario : play.playable()) {
            Div card = new Div(new H3(scenario.title(locale)));
            card.addClassName("card");
            Button start = new Button(getTranslation("learning.start"), event -> {
                Play started = play.start(scenario.id());
                getUI().ifPresent(ui -> ui.navigate(ScenarioPlayerView.class, started.attemptId()));
            });
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setAriaLabel(getTranslation("learning.start") + ": " + scenario.title(locale));
            card.add(start);
            cards.add(card);
        }
        add(cards);

        var attempts = play.myAttempts();
        if (!attempts.isEmpty()) {
            DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                    .withZone(ZoneId.systemDefault());
            UnorderedList list = new UnorderedList();
            list.addClassName("attempt-list");
            for (AttemptSummary attempt : attempts) {
                String outcome = getTranslation(attempt.outcome() == null ? "scenarios.unfinished"
                        : "scenarios.outcome." + attempt.outcome().name());
                Button open = new Button(getTranslation(attempt.outcome() == null ? "learning.resume" : "learning.review"),
                        event -> getUI().ifPresent(ui -> ui.navigate(ScenarioPlayerView.class, attempt.attemptId())));
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                open.setAriaLabel(open.getText() + ": " + attempt.title(locale) + ", "
                        + format.format(attempt.startedAt()));
                list.add(new ListItem(new Span(attempt.title(locale) + " – " + format.format(attempt.startedAt())
                        + " – " + outcome + " "), open));
            }
            add(new H3(getTranslation("scenarios.my-attempts")), list);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(PLAY_PARAMETER)
                .filter(value -> value.matches("\\d{1,18}"))
                .ifPresent(id -> event.forwardTo(ScenarioPlayerView.class,
                        play.resumeOrStart(Long.parseLong(id)).attemptId()));
    }

    @Override
    public String titleKey() {
        return "nav.scenarios";
    }
}
