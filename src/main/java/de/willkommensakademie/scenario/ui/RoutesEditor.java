package de.willkommensakademie.scenario.ui;

import static de.willkommensakademie.base.ui.LanguageFields.small;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;

/** A scene's routes: conditions checked when moving on from the scene, in order, before its own continuation. */
class RoutesEditor extends Div {

    RoutesEditor(EditableScenario.Node node, ScenarioEditing editing, Runnable reshow) {
        addClassName("editor-question");
        add(new H4(getTranslation("scenario.editor.routes")), new Paragraph(getTranslation(
                "scenario.editor.routes.hint")));
        for (EditableScenario.Route route : node.routes) {
            TextField when = editing.condition(route.when, value -> route.when = value);
            when.setRequired(true);
            FlexLayout row = new FlexLayout(when,
                    editing.target("scenario.field.to", route.to, value -> route.to = value),
                    small("editor.remove", route.when, () -> {
                        node.routes.remove(route);
                        reshow.run();
                        editing.changed();
                    }));
            row.addClassName("editor-row");
            add(row);
        }
        add(new Button(getTranslation("scenario.editor.add-route"), event -> {
            node.routes.add(new EditableScenario.Route());
            reshow.run();
        }));
    }
}
