package de.willkommensakademie.scenario.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.base.ui.SafeMarkdown;
import de.willkommensakademie.scenario.Play;
import de.willkommensakademie.scenario.ScenarioContent;
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
    private final Div stage = new Div();

    ScenarioPlayerView(ScenarioPlay play) {
        this.play = play;
        addClassName("page");
        stage.addClassName("scenario-stage");
        stage.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void setParameter(BeforeEvent event, Long attemptId) {
        removeAll();
        add(new Anchor("scenarios", getTranslation("scenarios.back")), stage);
        show(play.review(attemptId));
    }

    private void show(Play current) {
        Locale locale = getLocale();
        ScenarioContent content = current.content();
        String language = content.defaultLanguage();
        stage.removeAll();
        stage.add(new H2(content.title().in(locale, language)));
        if (current.transcript().isEmpty()) {
            stage.add(new Html(SafeMarkdown.toHtml(content.brief().in(locale, language))));
        }
        if (current.lastFeedback() != null) {
            Paragraph feedback = new Paragraph(current.lastFeedback().in(locale, language));
            feedback.addClassName("scenario-feedback");
            stage.add(new H3(getTranslation("scenarios.feedback")), feedback);
        }
        if (content.showVariables() && !current.state().variables().isEmpty()) {
            UnorderedList variables = new UnorderedList();
            variables.addClassName("scenario-variables");
            for (ScenarioContent.Variable variable : content.variables()) {
                String label = variable.label() != null && variable.label().has(language)
                        ? variable.label().in(locale, language) : variable.name();
                variables.add(new ListItem(label + ": " + current.state().variables().get(variable.name())));
            }
            stage.add(variables);
        }
        ScenarioContent.Node node = content.node(current.state().node()).orElseThrow();
        if (current.ended()) {
            debrief(current, node, locale, language);
            return;
        }
        if (node.text() != null && node.text().has(language)) {
            stage.add(new Html(SafeMarkdown.toHtml(node.text().in(locale, language))));
        }
        if (node.type() == ScenarioContent.NodeType.SCENE) {
            Button next = new Button(getTranslation("player.next"), event -> show(play.proceed(current.attemptId())));
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            stage.add(next);
        } else {
            VerticalLayout choices = new VerticalLayout();
            choices.setPadding(false);
            choices.addClassName("scenario-choices");
            for (int choice : current.offered()) {
                int index = choice;
                Button option = new Button(node.choices().get(choice).text().in(locale, language),
                        event -> show(play.choose(current.attemptId(), index)));
                option.addClassName("scenario-choice");
                choices.add(option);
            }
            stage.add(choices);
        }
        if (content.allowBack() && !current.transcript().isEmpty()) {
            stage.add(new Button(getTranslation("player.back"), event -> show(play.back(current.attemptId()))));
        }
    }

    private void debrief(Play current, ScenarioContent.Node ending, Locale locale, String language) {
        Span outcome = new Span(getTranslation("scenarios.outcome." + ending.outcome().name()));
        outcome.addClassNames("status-badge", "outcome-" + ending.outcome().name().toLowerCase(Locale.ROOT));
        stage.add(new H3(getTranslation("scenarios.ending") + ": " + ending.title().in(locale, language)), outcome,
                new Html(SafeMarkdown.toHtml(ending.text().in(locale, language))));
        UnorderedList scores = new UnorderedList();
        for (Map.Entry<String, Integer> score : current.state().scores().entrySet()) {
            scores.add(new ListItem(getTranslation("scenarios.score", score.getKey(), score.getValue(),
                    current.best().scores().getOrDefault(score.getKey(), 0))));
        }
        stage.add(new H3(getTranslation("scenarios.scores")), scores);
        OrderedList transcript = new OrderedList();
        for (TranscriptEntry entry : current.transcript()) {
            if (entry.choice() != null) {
                ScenarioContent.Choice choice = current.content().node(entry.node()).orElseThrow().choices()
                        .get(entry.choice());
                transcript.add(new ListItem(choice.text().in(locale, language) + " – "
                        + choice.feedback().in(locale, language)));
            }
        }
        stage.add(new H3(getTranslation("scenarios.transcript")), transcript);
        TextArea reflection = new TextArea(getTranslation("scenarios.reflection"));
        reflection.setHelperText(getTranslation("scenarios.reflection.helper"));
        reflection.setMaxLength(4000);
        reflection.setWidthFull();
        reflection.setValue(current.reflection() == null ? "" : current.reflection());
        Button save = new Button(getTranslation("action.save"), event -> {
            play.reflect(current.attemptId(), reflection.getValue());
            Notifications.success(getTranslation("scenarios.reflection.saved"));
        });
        stage.add(reflection, save);
    }

    @Override
    public String titleKey() {
        return "nav.scenarios";
    }
}
