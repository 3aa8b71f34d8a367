package de.willkommensakademie.scenario.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.scenario.ScenarioContent;
import de.willkommensakademie.scenario.ScenarioEngine;
import de.willkommensakademie.scenario.ScenarioLibrary;

/**
 * A trainer plays a scenario as a player would, from the start or from any node (variables at their start values);
 * nothing is recorded. A draft with faults plays as far as it can and then says where it stopped.
 */
class ScenarioPreviewDialog extends Dialog {

    private final ScenarioContent content;
    private final ScenarioStage stage;
    private final Paragraph stopped = new Paragraph();
    private final List<ScenarioEngine.State> history = new ArrayList<>();
    private ScenarioEngine.State state;

    ScenarioPreviewDialog(ScenarioLibrary library, long scenarioId, ScenarioContent content, String fromNode) {
        this.content = content;
        this.stage = new ScenarioStage(library, scenarioId, this::proceed, this::choose, this::back);
        setHeaderTitle(getTranslation("scenario.preview.title"));
        setWidth("min(60rem, 100vw)");
        ComboBox<String> from = new ComboBox<>(getTranslation("scenario.preview.from"));
        from.setItems(content.nodes().stream().map(ScenarioContent.Node::id).toList());
        from.setValue(fromNode == null ? content.start() : fromNode);
        Button restart = new Button(getTranslation("scenario.preview.restart"), event -> restart(from.getValue()));
        FlexLayout controls = new FlexLayout(from, restart);
        controls.addClassName("preview-controls");
        controls.setAlignItems(FlexLayout.Alignment.BASELINE);
        stopped.addClassName("preview-stopped");
        stopped.getElement().setAttribute("role", "alert");
        add(new Paragraph(getTranslation("scenario.preview.explanation")), controls, stopped, stage);
        getFooter().add(new Button(getTranslation("action.close"), event -> close()));
        restart(from.getValue());
    }

    private void restart(String node) {
        ScenarioEngine.State initial = ScenarioEngine.start(content);
        history.clear();
        show(new ScenarioEngine.State(node == null ? content.start() : node, initial.variables(), initial.scores()),
                null);
    }

    private void proceed() {
        step(() -> ScenarioEngine.proceed(content, state), null);
    }

    private void choose(int choice) {
        Text feedback = content.node(state.node()).orElseThrow().choices().get(choice).feedback();
        step(() -> ScenarioEngine.choose(content, state, choice), feedback);
    }

    private void back() {
        if (!history.isEmpty()) {
            show(history.removeLast(), null);
        }
    }

    private void step(Supplier<ScenarioEngine.State> next, Text feedback) {
        try {
            ScenarioEngine.State after = next.get();
            history.add(state);
            show(after, feedback);
        } catch (RuntimeException fault) {
            // A condition that does not parse or a missing target: the draft's check names the fault precisely.
            stopped.setText(getTranslation("scenario.preview.fault", state.node()));
        }
    }

    private void show(ScenarioEngine.State next, Text feedback) {
        state = next;
        stopped.setText("");
        List<Integer> offered = List.of();
        ScenarioEngine.BestPath best = null;
        try {
            ScenarioContent.Node node = content.node(state.node()).orElse(null);
            if (node != null && node.type() == ScenarioContent.NodeType.CHOICE) {
                offered = ScenarioEngine.offered(content, state);
            }
            if (node != null && node.type() == ScenarioContent.NodeType.ENDING) {
                best = ScenarioEngine.best(content);
            }
        } catch (RuntimeException fault) {
            stopped.setText(getTranslation("scenario.preview.fault", state.node()));
        }
        stage.show(content, state, offered, feedback, history.isEmpty() && content.start().equals(state.node()),
                !history.isEmpty(), best);
    }
}
