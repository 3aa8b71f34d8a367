package de.willkommensakademie.scenario.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import de.willkommensakademie.scenario.Condition;

/**
 * What the parts of the role-play editor share: the working copy, the fields several parts use (condition, target
 * node, whole number), and what the page does when something changed, a preview is asked for or a picture arrives.
 */
final class ScenarioEditing {

    /** Node ids and competence names: lower-case words joined by hyphens. */
    static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    final EditableScenario scenario;
    final int maxImageBytes;
    private final Runnable changed;
    private final Consumer<String> preview;
    private final Function<byte[], String> uploadImage;

    ScenarioEditing(EditableScenario scenario, Runnable changed, Consumer<String> preview, int maxImageBytes,
            Function<byte[], String> uploadImage) {
        this.scenario = scenario;
        this.changed = changed;
        this.preview = preview;
        this.maxImageBytes = maxImageBytes;
        this.uploadImage = uploadImage;
    }

    /** Redraws what follows the whole scenario (the graph picture). */
    void changed() {
        changed.run();
    }

    /** Saves and plays the draft from the node given, or from the start when it is null. */
    void preview(String fromNode) {
        preview.accept(fromNode);
    }

    /** Stores a scene's picture with the draft; the answer is the reference the node keeps. */
    String uploadImage(byte[] bytes) {
        return uploadImage.apply(bytes);
    }

    TextField condition(String value, Consumer<String> setter) {
        TextField when = new TextField(I18NProvider.translate("scenario.field.when"));
        when.setHelperText(I18NProvider.translate("scenario.field.when.helper"));
        when.setMaxLength(Condition.MAX_LENGTH);
        when.setValue(value == null ? "" : value);
        when.addValueChangeListener(event -> {
            setter.accept(event.getValue());
            changed();
        });
        return when;
    }

    /** A choice among the scenario's node ids; a reference to a node no longer there shows empty. */
    ComboBox<String> target(String labelKey, String value, Consumer<String> setter) {
        ComboBox<String> target = new ComboBox<>(I18NProvider.translate(labelKey));
        target.setItems(scenario.nodeIds());
        target.setValue(value != null && scenario.nodeIds().contains(value) ? value : null);
        target.addValueChangeListener(event -> {
            setter.accept(event.getValue());
            changed();
        });
        return target;
    }

    static IntegerField integer(String label, Integer value, Consumer<Integer> setter) {
        IntegerField field = new IntegerField(label);
        field.setValue(value);
        field.setStepButtonsVisible(true);
        field.addValueChangeListener(event -> setter.accept(event.getValue()));
        return field;
    }
}
