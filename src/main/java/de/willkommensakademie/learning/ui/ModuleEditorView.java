package de.willkommensakademie.learning.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.FileType;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.LanguageFields;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.base.ui.DraftEditor;
import de.willkommensakademie.base.ui.FileTransfer;
import de.willkommensakademie.base.ui.Notifications;
import static de.willkommensakademie.base.ui.LanguageFields.area;
import static de.willkommensakademie.base.ui.LanguageFields.sideBySide;
import static de.willkommensakademie.base.ui.LanguageFields.small;
import static de.willkommensakademie.base.ui.LanguageFields.text;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.learning.ContentProblem;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.learning.LessonType;
import de.willkommensakademie.learning.ModuleDraft;
import de.willkommensakademie.learning.ModuleLibrary;
import de.willkommensakademie.learning.ModuleRules;
import de.willkommensakademie.learning.QuestionType;
import jakarta.annotation.security.RolesAllowed;

/**
 * Edits a module draft: general information in both languages, lessons in order (move, add, remove), each lesson
 * with its German and English texts side by side. Check lists what stands in the way of publishing.
 */
@Route("modules/edit")
@RolesAllowed(Role.Name.TRAINER)
class ModuleEditorView extends VerticalLayout implements HasUrlParameter<Long>, TranslatedTitle {

    private static final List<String> LANGUAGES = LanguageFields.LANGUAGES;

    private final transient ModuleLibrary library;
    private long moduleId;
    private long version;
    private EditableModule module;
    private int selected;
    private final OrderedList lessonList = new OrderedList();
    private final Div lessonEditor = new Div();
    private final Div problems = new Div();

    ModuleEditorView(ModuleLibrary library) {
        this.library = library;
        addClassName("page");
        addClassName("module-editor");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        ModuleDraft draft = library.draft(id);
        if (!draft.editable() || draft.status() == ContentStatus.ARCHIVED) {
            showNotEditable(draft);
            return;
        }
        moduleId = id;
        version = draft.version();
        module = EditableModule.from(draft.content());
        build();
    }

    private void showNotEditable(ModuleDraft draft) {
        String title = draft.content().title().in(getLocale(), draft.content().defaultLanguage());
        DraftEditor.showNotEditable(this, "modules", "preview.back", title,
                draft.editable() ? "module.error.archived" : "module.error.not-own", draft.content().key(), () -> {
                    long copy = library.duplicate(draft.id());
                    Notifications.success(getTranslation("module.duplicated", title));
                    getUI().ifPresent(ui -> ui.navigate(ModuleEditorView.class, copy));
                });
    }

    private void build() {
        removeAll();
        FlexLayout toolbar = DraftEditor.toolbar(this::save, () -> {
            save();
            showProblems(library.check(moduleId));
        }, () -> {
            save();
            List<ContentProblem> found = library.publish(moduleId, version);
            version = library.draft(moduleId).version();
            showProblems(found);
            if (found.isEmpty()) {
                Notifications.success(getTranslation("module.published", module.title.get(module.defaultLanguage)));
            }
        }, new Button(getTranslation("module.action.preview"), event -> {
            save();
            getUI().ifPresent(ui -> ui.navigate(ModulePreviewView.class, moduleId));
        }));
        problems.addClassName("editor-problems");
        problems.getElement().setAttribute("role", "status");

        Section general = DraftEditor.section("editor.tab.general", general());
        Section lessons = new Section(lessons());
        lessons.addClassName("editor-section");
        add(new Anchor("modules", getTranslation("preview.back")), new H2(getTranslation("editor.title", module.key)),
                toolbar, problems, general, lessons);
    }

    private Component general() {
        FormLayout form = new FormLayout();
        LanguageFields.addRow(form, LanguageFields.row(language -> text(LanguageFields.label("module.field.title",
                language), module.title, language, ModuleRules.TITLE_LENGTH, () -> { })));
        LanguageFields.addRow(form, sideBySide("module.field.summary", module.summary, ModuleRules.SUMMARY_LENGTH));
        LanguageFields.addRow(form, LanguageFields.row(language -> {
            TextArea goals = area(LanguageFields.label("module.field.goals", language), module.goals, language,
                    ModuleRules.GOALS_LENGTH);
            goals.setHelperText(getTranslation("module.field.goals.helper"));
            return goals;
        }));
        ComboBox<Cornerstone> cornerstone = new ComboBox<>(getTranslation("module.field.cornerstone"));
        cornerstone.setItems(Cornerstone.values());
        cornerstone.setItemLabelGenerator(option -> getTranslation("cornerstone." + option.name()));
        cornerstone.setValue(module.cornerstone);
        cornerstone.addValueChangeListener(event -> module.cornerstone = event.getValue());
        TextField tags = new TextField(getTranslation("module.field.tags"));
        tags.setHelperText(getTranslation("module.field.tags.helper"));
        tags.setValue(module.tags == null ? "" : module.tags);
        tags.addValueChangeListener(event -> module.tags = event.getValue());
        IntegerField minutes = new IntegerField(getTranslation("module.field.minutes"));
        minutes.setMin(1);
        minutes.setMax(ModuleRules.MAX_MINUTES);
        minutes.setValue(module.minutes);
        minutes.addValueChangeListener(event -> module.minutes = event.getValue());
        IntegerField validity = new IntegerField(getTranslation("module.field.validity"));
        validity.setHelperText(getTranslation("module.field.validity.helper"));
        validity.setMin(1);
        validity.setMax(ModuleRules.MAX_VALIDITY_MONTHS);
        validity.setValue(module.validityMonths);
        validity.addValueChangeListener(event -> module.validityMonths = event.getValue());
        RadioButtonGroup<String> language = new RadioButtonGroup<>(getTranslation("module.field.default-language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("content-language." + code));
        language.setValue(module.defaultLanguage);
        language.addValueChangeListener(event -> module.defaultLanguage = event.getValue());
        form.add(cornerstone, tags, minutes, validity, language);
        return form;
    }

    private Component lessons() {
        lessonList.addClassName("editor-lessons");
        lessonEditor.addClassName("editor-lesson");
        FlexLayout add = new FlexLayout();
        add.addClassName("editor-add");
        for (LessonType type : LessonType.values()) {
            add.add(new Button(getTranslation("editor.add." + type.name()), event -> {
                EditableModule.Lesson lesson = new EditableModule.Lesson(type);
                if (type == LessonType.QUIZ) {
                    lesson.questions.add(newQuestion());
                }
                module.lessons.add(lesson);
                select(module.lessons.size() - 1);
            }));
        }
        VerticalLayout side = new VerticalLayout(new H3(getTranslation("editor.tab.lessons")), lessonList, add);
        side.setPadding(false);
        side.addClassName("editor-side");
        HorizontalLayout layout = new HorizontalLayout(side, lessonEditor);
        layout.setWidthFull();
        layout.setFlexGrow(1, lessonEditor);
        layout.addClassName("editor-lessons-layout");
        select(Math.min(selected, Math.max(0, module.lessons.size() - 1)));
        return layout;
    }

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
        lessonEditor.add(lessonForm(module.lessons.get(index), index));
    }

    private void move(int index, int by) {
        EditableModule.Lesson lesson = module.lessons.remove(index);
        module.lessons.add(index + by, lesson);
        select(index + by);
    }

    private Component lessonForm(EditableModule.Lesson lesson, int index) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new H3(getTranslation("module.where.lesson", index + 1) + " – "
                + getTranslation("editor.type." + lesson.type.name())));
        form.add(LanguageFields.row(language -> text(LanguageFields.label("editor.lesson-title", language),
                lesson.title, language, ModuleRules.TITLE_LENGTH, () -> { })));
        switch (lesson.type) {
            case TEXT -> form.add(sideBySide("editor.markdown", lesson.body, ModuleRules.LESSON_TEXT_LENGTH));
            case VIDEO -> {
                TextField url = new TextField(getTranslation("editor.video-url"));
                url.setWidthFull();
                url.setHelperText(getTranslation("editor.video-url.helper"));
                url.setValue(lesson.videoUrl == null ? "" : lesson.videoUrl);
                url.addValueChangeListener(event -> lesson.videoUrl = event.getValue().strip());
                form.add(url, mediaUpload(lesson), sideBySide("editor.transcript", lesson.body,
                        ModuleRules.LESSON_TEXT_LENGTH));
            }
            case IMAGE -> form.add(mediaUpload(lesson), sideBySide("editor.alt", lesson.alt, ModuleRules.ALT_LENGTH));
            case QUIZ -> form.add(quizForm(lesson));
        }
        return form;
    }

    /** Upload of the lesson's image or video file, stored in the database with the module. */
    private Component mediaUpload(EditableModule.Lesson lesson) {
        String kind = lesson.type == LessonType.VIDEO ? "video" : "image";
        Paragraph current = new Paragraph(getTranslation(lesson.mediaId == null ? "editor.no-" + kind
                : "editor." + kind + "-stored"));
        int maxBytes = (int) library.maxMediaBytes(lesson.type);
        Upload upload = FileTransfer.upload(maxBytes, bytes -> {
            lesson.mediaId = library.uploadMedia(moduleId, lesson.type, bytes);
            current.setText(getTranslation("editor." + kind + "-stored"));
        }, lesson.type == LessonType.VIDEO ? new FileType[] {FileType.MP4, FileType.WEBM}
                : new FileType[] {FileType.PNG, FileType.JPEG});
        Div box = new Div(current, upload);
        box.addClassName("editor-media");
        return box;
    }

    private Component quizForm(EditableModule.Lesson lesson) {
        VerticalLayout quiz = new VerticalLayout();
        quiz.setPadding(false);
        IntegerField pass = new IntegerField(getTranslation("editor.pass-percent"));
        pass.setMin(1);
        pass.setMax(100);
        pass.setValue(lesson.passPercent);
        pass.addValueChangeListener(event -> lesson.passPercent = event.getValue());
        IntegerField attempts = new IntegerField(getTranslation("editor.max-attempts"));
        attempts.setHelperText(getTranslation("editor.max-attempts.helper"));
        attempts.setMin(0);
        attempts.setValue(lesson.maxAttempts);
        attempts.addValueChangeListener(event -> lesson.maxAttempts = event.getValue());
        quiz.add(new FormLayout(pass, attempts));
        for (int q = 0; q < lesson.questions.size(); q++) {
            EditableModule.Question question = lesson.questions.get(q);
            int number = q;
            Div box = new Div();
            box.addClassName("editor-question");
            box.add(new H4(getTranslation("module.where.question", q + 1)));
            ComboBox<QuestionType> type = new ComboBox<>(getTranslation("editor.question-type"));
            type.setItems(QuestionType.values());
            type.setItemLabelGenerator(option -> getTranslation("editor.question-type." + option.name()));
            type.setValue(question.type);
            type.addValueChangeListener(event -> question.type = event.getValue());
            box.add(type, sideBySide("editor.question-text", question.text, ModuleRules.QUESTION_LENGTH));
            for (int a = 0; a < question.answers.size(); a++) {
                EditableModule.Answer answer = question.answers.get(a);
                int answerNumber = a;
                Div answerBox = new Div();
                answerBox.addClassName("editor-answer");
                Checkbox correct = new Checkbox(getTranslation("editor.answer-correct", a + 1), answer.correct);
                correct.addValueChangeListener(event -> answer.correct = event.getValue());
                Button remove = small("editor.remove", getTranslation("editor.answer", a + 1), () -> {
                    question.answers.remove(answerNumber);
                    select(selected);
                });
                answerBox.add(sideBySide("editor.answer-text", answer.text, ModuleRules.ANSWER_LENGTH),
                        sideBySide("editor.feedback", answer.feedback, ModuleRules.FEEDBACK_LENGTH), new FlexLayout(correct, remove));
                box.add(answerBox);
            }
            Button addAnswer = new Button(getTranslation("editor.add-answer"), event -> {
                question.answers.add(new EditableModule.Answer());
                select(selected);
            });
            Button removeQuestion = small("editor.remove", getTranslation("module.where.question", q + 1), () -> {
                lesson.questions.remove(number);
                select(selected);
            });
            box.add(new FlexLayout(addAnswer, removeQuestion));
            quiz.add(box);
        }
        quiz.add(new Button(getTranslation("editor.add-question"), event -> {
            lesson.questions.add(newQuestion());
            select(selected);
        }));
        return quiz;
    }

    private static EditableModule.Question newQuestion() {
        EditableModule.Question question = new EditableModule.Question();
        question.answers.add(new EditableModule.Answer());
        question.answers.add(new EditableModule.Answer());
        return question;
    }

    private void save() {
        library.saveDraft(moduleId, version, module.toContent());
        version = library.draft(moduleId).version();
        Notifications.success(getTranslation("editor.saved"));
    }

    private void showProblems(List<ContentProblem> found) {
        problems.removeAll();
        if (found.isEmpty()) {
            problems.add(new Paragraph(getTranslation("editor.no-problems")));
        } else {
            problems.add(new H3(getTranslation("module.publish-problems")), new ProblemList(found));
        }
    }

    @Override
    public String titleKey() {
        return "editor.page-title";
    }
}
