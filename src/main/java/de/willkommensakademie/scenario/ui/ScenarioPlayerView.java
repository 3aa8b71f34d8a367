package de.willkommensakademie.scenario.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.scenario.Play;
import de.willkommensakademie.scenario.ScenarioContent;
import de.willkommensakademie.scenario.ScenarioLibrary;
import de.willkommensakademie.scenario.ScenarioPlay;
import de.willkommensakademie.scenario.TranscriptEntry;
import jakarta.annotation.security.RolesAllowed;

/**
 * Plays one attempt scene by scene: the feedback on each choice, the variables if the author shows them, and at the
 * end the debrief with scores beside the best achievable path, the transcript and a private reflection.
 */
@Route("scenarios/attempt")
@RolesAllowed(Role.Name.EMPLOYEE)
class ScenarioPlayerView extends VerticalLayout implements HasUrlParameter<Long>, TranslatedTitle {

    private final transient ScenarioPlay play;
    private final transient ScenarioLibrary library;
    private final Div after = new Div();
    private ScenarioStage stage;

    ScenarioPlayerView(ScenarioPlay play, ScenarioLibrary library) {
        this.play = play;
        this.library = library;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long attemptId) {
        Play current = play.review(attemptId);
        stage = new ScenarioStage(library, current.scenarioId(), () -> show(play.proceed(attemptId)),
                choice -> show(play.choose(attemptId, choice)), () -> show(play.back(attemptId)));
        removeAll();
        add(new Anchor("scenarios", getTranslation("scenarios.back")), stage, after);
        show(current);
    }

    private void show(Play current) {
        ScenarioContent content = current.content();
        stage.show(content, current.state(), current.offered(), current.lastFeedback(),
                current.transcript().isEmpty(), content.allowBack() && !current.transcript().isEmpty()
                        && !current.ended(), current.best());
        after.removeAll();
        if (current.ended()) {
            debrief(current);
        }
    }

    /** What only the player sees after the ending: the transcript and the private reflection. */
    private void debrief(Play current) {
        Locale locale = getLocale();
        String language = current.content().defaultLanguage();
        OrderedList transcript = new OrderedList();
        for (TranscriptEntry entry : current.transcript()) {
            if (entry.choice() != null) {
                ScenarioContent.Choice choice = current.content().node(entry.node()).orElseThrow().choices()
                        .get(entry.choice());
                transcript.add(new ListItem(choice.text().in(locale, language) + " – "
                        + choice.feedback().in(locale, language)));
            }
        }
        TextArea reflection = new TextArea(getTranslation("scenarios.reflection"));
        reflection.setHelperText(getTranslation("scenarios.reflection.helper"));
        reflection.setMaxLength(ScenarioPlay.REFLECTION_LENGTH);
        reflection.setWidthFull();
        reflection.setValue(current.reflection() == null ? "" : current.reflection());
        Button save = new Button(getTranslation("action.save"), event -> {
            play.reflect(current.attemptId(), reflection.getValue());
            Notifications.success(getTranslation("scenarios.reflection.saved"));
        });
        after.add(new H3(getTranslation("scenarios.transcript")), transcript, reflection, save);
    }

    @Override
    public String titleKey() {
        return "nav.scenarios";
    }
}
