package de.willkommensakademie.learning.ui;

import static de.willkommensakademie.base.ui.LanguageFields.small;

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
import de.willkommensakademie.learning.LessonType;
import de.willkommensakademie.learning.ModuleLibrary;

/**
 * A module's lessons: the ordered list (open, move up or down, remove) with the buttons that add a lesson of each
 * type, beside the form of the lesson opened.
 */
class LessonsPanel extends HorizontalLayout {

    private final EditableModule module;
    private final ModuleLibrary library;
    private final long moduleId;
    private final OrderedList lessonList = new OrderedList();
    private final Div lessonEditor = new Div();
    private int selected;

    LessonsPanel(EditableModule module, ModuleLibrary library, long moduleId) {
        this.module = module;
        this.library = library;
        this.moduleId = moduleId;
        lessonList.addClassName("editor-lessons");
        lessonEditor.addClassName("editor-lesson");
        FlexLayout add = new FlexLayout();
        add.addClassName("editor-add");
        for (LessonType type : LessonType.values()) {
            add.add(new Button(getTranslation("editor.add." + type.name()), event -> {
                EditableModule.Lesson lesson = new EditableModule.Lesson(type);
                if (type == LessonType.QUIZ) {
                    lesson.questions.add(QuizEditor.newQuestion());
                }
                module.lessons.add(lesson);
                select(module.lessons.size() - 1);
            }));
        }
        VerticalLayout side = new VerticalLayout(new H3(getTranslation("editor.tab.lessons")), lessonList, add);
        side.setPadding(false);
        side.addClassName("editor-side");
        add(side, lessonEditor);
        setWidthFull();
        setFlexGrow(1, lessonEditor);
        addClassName("editor-lessons-layout");
        select(0);
    }

    /** Rebuilds the list and opens the lesson at the index. */
    private void select(int index) {
        selected = index;
        lessonList.removeAll();
        for (int i = 0; i < module.lessons.size(); i++) {
            int position = i;
            EditableModule.Lesson lesson = module.lessons.get(i);
            String shown = getTranslation("editor.type." + lesson.type.name()) + ": "
                    + lesson.title.getOrDefault(module.defaultLanguage, "");
            // The ordered list numbers the lessons on screen; the small buttons' accessible names need the number.
            String name = (i + 1) + ". " + shown;
            Button open = new Button(shown, event -> select(position));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (i == index) {
                open.getElement().setAttribute("aria-current", "true");
                open.addClassName("current");
            }
            Button up = small("editor.move-up", name, () -> move(position, -1));
            up.setEnabled(i > 0);
            Button down = small("editor.move-down", name, () -> move(position, 1));
            down.setEnabled(i < module.lessons.size() - 1);
            Button remove = small("editor.remove", name, () -> {
                module.lessons.remove(position);
                select(Math.max(0, Math.min(position, module.lessons.size() - 1)));
            });
            lessonList.add(new ListItem(open, up, down, remove));
        }
        lessonEditor.removeAll();
        if (module.lessons.isEmpty()) {
            lessonEditor.add(new Paragraph(getTranslation("editor.no-lessons")));
            return;
        }
        lessonEditor.add(new LessonForm(module.lessons.get(index), index, library, moduleId,
                () -> select(selected)));
    }

    private void move(int index, int by) {
        EditableModule.Lesson lesson = module.lessons.remove(index);
        module.lessons.add(index + by, lesson);
        select(index + by);
    }
}
