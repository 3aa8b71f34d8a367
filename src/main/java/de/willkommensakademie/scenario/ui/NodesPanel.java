package de.willkommensakademie.scenario.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.scenario.ScenarioContent.NodeType;
import de.willkommensakademie.scenario.ScenarioContent.Outcome;

/**
 * The scenario's nodes: the list to pick one from (with the buttons that add a scene, choice point or ending) beside
 * the form of the node picked.
 */
class NodesPanel extends HorizontalLayout {

    private final ScenarioEditing editing;
    private final EditableScenario scenario;
    private final OrderedList nodeList = new OrderedList();
    private final Div nodeEditor = new Div();
    private int selected;

    NodesPanel(ScenarioEditing editing, int maxNodes) {
        this.editing = editing;
        this.scenario = editing.scenario;
        nodeList.addClassName("editor-lessons");
        nodeEditor.addClassName("editor-lesson");
        FlexLayout add = new FlexLayout();
        add.addClassName("editor-add");
        for (NodeType type : NodeType.values()) {
            add.add(new Button(getTranslation("scenario.editor.add." + type.name()), event -> {
                if (scenario.nodes.size() >= maxNodes) {
                    Notifications.error(getTranslation("scenario.limit.nodes", scenario.nodes.size() + 1, maxNodes));
                    return;
                }
                scenario.nodes.add(newNode(type));
                select(scenario.nodes.size() - 1);
                editing.changed();
            }));
        }
        VerticalLayout side = new VerticalLayout(new H3(getTranslation("scenario.editor.nodes")), nodeList, add);
        side.setPadding(false);
        side.addClassName("editor-side");
        add(side, nodeEditor);
        setWidthFull();
        setFlexGrow(1, nodeEditor);
        addClassName("editor-lessons-layout");
        select(0);
    }

    private EditableScenario.Node newNode(NodeType type) {
        EditableScenario.Node node = new EditableScenario.Node(
                scenario.freeId(type.name().toLowerCase(Locale.ROOT)), type);
        if (type == NodeType.CHOICE) {
            node.choices.add(new EditableScenario.Choice());
            node.choices.add(new EditableScenario.Choice());
        }
        if (type == NodeType.ENDING) {
            node.outcome = Outcome.ACCEPTABLE;
        }
        return node;
    }

    /** Rebuilds the list (names, start mark) and opens the node at the index, kept within the list. */
    private void select(int index) {
        selected = Math.max(0, Math.min(index, scenario.nodes.size() - 1));
        nodeList.removeAll();
        for (int i = 0; i < scenario.nodes.size(); i++) {
            int position = i;
            EditableScenario.Node node = scenario.nodes.get(i);
            String name = getTranslation("scenario.node-type." + node.type.name()) + ": " + node.id
                    + (node.id.equals(scenario.start) ? " (" + getTranslation("scenario.editor.start") + ")" : "");
            Button open = new Button(name, event -> moveSelection(position));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (i == selected) {
                open.getElement().setAttribute("aria-current", "true");
                open.addClassName("current");
            }
            nodeList.add(new ListItem(open));
        }
        showNode();
    }

    /** Opens another node without rebuilding the list (which has up to the node limit of buttons). */
    private void moveSelection(int index) {
        mark(selected, false);
        selected = Math.max(0, Math.min(index, scenario.nodes.size() - 1));
        mark(selected, true);
        showNode();
    }

    private void mark(int index, boolean current) {
        nodeList.getChildren().skip(index).findFirst().flatMap(item -> item.getChildren().findFirst())
                .ifPresent(button -> {
                    if (current) {
                        button.getElement().setAttribute("aria-current", "true");
                    } else {
                        button.getElement().removeAttribute("aria-current");
                    }
                    button.getElement().getClassList().set("current", current);
                });
    }

    /** Redraws the open node's form, for instance after competences or variables changed. */
    void showNode() {
        nodeEditor.removeAll();
        if (scenario.nodes.isEmpty()) {
            nodeEditor.add(new Paragraph(getTranslation("scenario.editor.no-nodes")));
            return;
        }
        nodeEditor.add(new NodeForm(scenario.nodes.get(selected), editing, () -> select(selected), this::showNode));
    }
}
