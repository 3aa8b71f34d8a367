package de.willkommensakademie.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import de.willkommensakademie.base.FileType;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.learning.LessonType;
import de.willkommensakademie.learning.ModuleLibrary;

/** Upload of the lesson's image or video file, stored in the database with the module. */
class LessonMedia extends Div {

    LessonMedia(EditableModule.Lesson lesson, ModuleLibrary library, long moduleId) {
        addClassName("editor-media");
        String kind = lesson.type == LessonType.VIDEO ? "video" : "image";
        Paragraph current = new Paragraph(getTranslation(lesson.mediaId == null ? "editor.no-" + kind
                : "editor." + kind + "-stored"));
        int maxBytes = (int) library.maxMediaBytes(lesson.type);
        Upload upload = FileTransfer.upload(maxBytes, bytes -> {
            lesson.mediaId = library.uploadMedia(moduleId, lesson.type, bytes);
            current.setText(getTranslation("editor." + kind + "-stored"));
        }, lesson.type == LessonType.VIDEO ? new FileType[] {FileType.MP4, FileType.WEBM}
                : new FileType[] {FileType.PNG, FileType.JPEG});
        add(current, upload);
    }
}
