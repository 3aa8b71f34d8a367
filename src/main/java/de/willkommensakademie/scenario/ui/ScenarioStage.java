package de.willkommensakademie.scenario.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.content.MediaFile;
import de.willkommensakademie.base.ui.SafeMarkdown;
import de.willkommensakademie.scenario.ScenarioContent;
import de.willkommensakademie.scenario.ScenarioEngine;
import de.willkommensakademie.scenario.ScenarioLibrary;

/**
 * One moment of a role-play as the player sees it, shared by the player and the trainer's preview: the brief at
 * the start, the feedback on the last choice, the variables if shown, the scene with its picture, and the choices or
 * the "next" button; at an ending the outcome, the debrief and the scores beside the best path.
 */
class ScenarioStage extends Div {

    private final transient ScenarioLibrary library;
    private final long scenarioId;
    private final Runnable proceed;
    private final IntConsumer choose;
    private final Runnable back;

    /** The buttons run {@code proceed}, {@code choose} with the choice's index, and {@code back}. */
    ScenarioStage(ScenarioLibrary library, long scenarioId, Runnable proceed, IntConsumer choose, Runnable back) {
        this.library = library;
        this.scenarioId = scenarioId;
        this.proceed = proceed;
        this.choose = choose;
        this.back = back;
        addClassName("scenario-stage");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(ScenarioContent content, ScenarioEngine.State state, List<Integer> offered, Text lastFeedback,
            boolean atStart, boolean backOffered, ScenarioEngine.BestPath best) {
        Locale locale = getLocale();
        String language = content.defaultLanguage();
        removeAll();
        H2 heading = new H2(content.title().in(locale, language));
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
        if (atStart) {
            add(new Html(SafeMarkdown.toHtml(content.brief().in(locale, language))));
        }
        if (lastFeedback != null) {
            Paragraph feedback = new Paragraph(lastFeedback.in(locale, language));
            feedback.addClassName("scenario-feedback");
            add(new H3(getTranslation("scenarios.feedback")), feedback);
        }
        if (content.showVariables() && !state.variables().isEmpty()) {
            UnorderedList variables = new UnorderedList();
            variables.addClassName("scenario-variables");
            variables.getElement().setAttribute("aria-label", getTranslation("scenarios.variables"));
            for (ScenarioContent.Variable variable : content.variables()) {
                String label = variable.label() != null && !variable.label().byLanguage().isEmpty()
                        ? variable.label().in(locale, language) : variable.name();
                variables.add(new ListItem(label + ": " + state.variables().get(variable.name())));
            }
            add(variables);
        }
        ScenarioContent.Node node = content.node(state.node()).orElse(null);
        if (node == null) {
            add(new Paragraph(getTranslation("scenarios.preview.missing-node", state.node())));
            return;
        }
        if (node.type() == ScenarioContent.NodeType.ENDING) {
            ending(content, node, state, best, locale);
            return;
        }
        if (node.image() != null) {
            Image image = new Image(image(node.image()), node.alt() == null ? "" : node.alt().in(locale, language));
            image.addClassName("scenario-image");
            add(image);
        }
        if (node.text() != null && node.text().has(language)) {
            add(new Html("<div>" + SafeMarkdown.toHtml(node.text().in(locale, language)) + "</div>"));
        }
        if (node.type() == ScenarioContent.NodeType.SCENE) {
            Button next = new Button(getTranslation("player.next"), event -> proceed.run());
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(next);
        } else {
            VerticalLayout choices = new VerticalLayout();
            choices.setPadding(false);
            choices.addClassName("scenario-choices");
            choices.getElement().setAttribute("role", "group");
            choices.getElement().setAttribute("aria-label", getTranslation("scenarios.choices"));
            for (int choice : offered) {
                Button option = new Button(node.choices().get(choice).text().in(locale, language),
                        event -> choose.accept(choice));
                option.addClassName("scenario-choice");
                choices.add(option);
            }
            add(choices);
        }
        if (backOffered) {
            add(new Button(getTranslation("player.back"), event -> back.run()));
        }
        heading.getElement().callJsFunction("focus");
    }

    private void ending(ScenarioContent content, ScenarioContent.Node ending, ScenarioEngine.State state,
            ScenarioEngine.BestPath best, Locale locale) {
        String language = content.defaultLanguage();
        Span outcome = new Span(getTranslation("scenarios.outcome." + ending.outcome().name()));
        outcome.addClassNames("status-badge", "outcome-" + ending.outcome().name().toLowerCase(Locale.ROOT));
        add(new H3(getTranslation("scenarios.ending") + ": " + ending.title().in(locale, language)), outcome,
                new Html("<div>" + SafeMarkdown.toHtml(ending.text().in(locale, language)) + "</div>"));
        UnorderedList scores = new UnorderedList();
        scores.addClassName("scenario-scores");
        for (Map.Entry<String, Integer> score : state.scores().entrySet()) {
            String label = content.competenceLabel(score.getKey(), locale);
            scores.add(new ListItem(best == null ? getTranslation("scenarios.score-only", label, score.getValue())
                    : getTranslation("scenarios.score", label, score.getValue(),
                            best.scores().getOrDefault(score.getKey(), 0))));
        }
        add(new H3(getTranslation(best == null ? "scenarios.scores-only" : "scenarios.scores")), scores);
    }

    /** Streams a stored scene picture when the browser asks for it. */
    private DownloadHandler image(String mediaId) {
        return DownloadHandler.fromInputStream(event -> {
            MediaFile image = library.image(scenarioId, mediaId);
            return new DownloadResponse(new ByteArrayInputStream(image.data()), "scene", image.contentType(),
                    image.data().length);
        });
    }
}
