package de.willkommensakademie.learning.ui;

import static de.willkommensakademie.base.ui.LanguageFields.sideBySide;
import static de.willkommensakademie.base.ui.LanguageFields.text;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import de.willkommensakademie.base.ui.LanguageFields;
import de.willkommensakademie.learning.ModuleLibrary;
import de.willkommensakademie.learning.ModuleRules;

/**
 * One lesson: its title per language and what its type needs (text; video link or file with transcript; picture
 * with alternative text; quiz). {@code reshow} rebuilds the list and this form after a quiz part was added or removed.
 */
class LessonForm extends VerticalLayout {

    LessonForm(EditableModule.Lesson lesson, int index, ModuleLibrary library, long moduleId, Runnable reshow) {
        setPadding(false);
        add(new H3(getTranslation("module.where.lesson", index + 1) + " – "
                + getTranslation("editor.type." + lesson.type.name())));
        add(LanguageFields.row(language -> text(LanguageFields.label("editor.lesson-title", language),
                lesson.title, language, ModuleRules.TITLE_LENGTH, () -> { })));
        switch (lesson.type) {
            case TEXT -> add(sideBySide("editor.markdown", lesson.body, ModuleRules.LESSON_TEXT_LENGTH));
            case VIDEO -> {
                TextField url = new TextField(getTranslation("editor.video-url"));
                url.setWidthFull();
                url.setHelperText(getTranslation("editor.video-url.helper"));
                url.setValue(lesson.videoUrl == null ? "" : lesson.videoUrl);
                url.addValueChangeListener(event -> lesson.videoUrl = event.getValue().strip());
                add(url, new LessonMedia(lesson, library, moduleId),
                        sideBySide("editor.transcript", lesson.body, ModuleRules.LESSON_TEXT_LENGTH));
            }
            case IMAGE -> add(new LessonMedia(lesson, library, moduleId),
                    sideBySide("editor.alt", lesson.alt, ModuleRules.ALT_LENGTH));
            case QUIZ -> add(new QuizEditor(lesson, reshow));
        }
    }
}
