package de.willkommensakademie.scenario.ui;

import static de.willkommensakademie.base.ui.LanguageFields.sideBySide;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import de.willkommensakademie.base.FileType;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.scenario.ScenarioRules;

/** A scene's picture: upload (stored with the draft at once), its alternative text per language, removal. */
class SceneImage extends Div {

    SceneImage(EditableScenario.Node node, ScenarioEditing editing, Runnable reshow) {
        addClassName("editor-media");
        Paragraph current = new Paragraph(getTranslation(node.image == null ? "editor.no-image"
                : "editor.image-stored"));
        Upload upload = FileTransfer.upload(editing.maxImageBytes, bytes -> {
            node.image = editing.uploadImage(bytes);
            reshow.run();
        }, FileType.PNG, FileType.JPEG);
        add(new H4(getTranslation("scenario.editor.image")), current, upload);
        if (node.image != null) {
            add(sideBySide("editor.alt", node.alt, ScenarioRules.ALT_LENGTH),
                    new Button(getTranslation("scenario.editor.remove-image"), event -> {
                        node.image = null;
                        node.alt.clear();
                        reshow.run();
                    }));
        }
    }
}
