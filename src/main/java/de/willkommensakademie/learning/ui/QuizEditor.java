package de.willkommensakademie.learning.ui;

import static de.willkommensakademie.base.ui.LanguageFields.sideBySide;
import static de.willkommensakademie.base.ui.LanguageFields.small;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import de.willkommensakademie.learning.ModuleRules;
import de.willkommensakademie.learning.QuestionType;

/**
 * A quiz lesson: pass mark and attempts, then each question with its type, text and answers (text, feedback,
 * correct). {@code reshow} redraws the lesson after a question or answer was added or removed.
 */
class QuizEditor extends VerticalLayout {

    QuizEditor(EditableModule.Lesson lesson, Runnable reshow) {
        setPadding(false);
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
        add(new FormLayout(pass, attempts));
        for (int q = 0; q < lesson.questions.size(); q++) {
            add(question(lesson, q, reshow));
        }
        add(new Button(getTranslation("editor.add-question"), event -> {
            lesson.questions.add(newQuestion());
            reshow.run();
        }));
    }

    private Div question(EditableModule.Lesson lesson, int number, Runnable reshow) {
        EditableModule.Question question = lesson.questions.get(number);
        Div box = new Div();
        box.addClassName("editor-question");
        box.add(new H4(getTranslation("module.where.question", number + 1)));
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
                reshow.run();
            });
            answerBox.add(sideBySide("editor.answer-text", answer.text, ModuleRules.ANSWER_LENGTH),
                    sideBySide("editor.feedback", answer.feedback, ModuleRules.FEEDBACK_LENGTH),
                    new FlexLayout(correct, remove));
            box.add(answerBox);
        }
        Button addAnswer = new Button(getTranslation("editor.add-answer"), event -> {
            question.answers.add(new EditableModule.Answer());
            reshow.run();
        });
        addAnswer.setEnabled(question.answers.size() < ModuleRules.MAX_ANSWERS);
        Button removeQuestion = small("editor.remove", getTranslation("module.where.question", number + 1), () -> {
            lesson.questions.remove(number);
            reshow.run();
        });
        box.add(new FlexLayout(addAnswer, removeQuestion));
        return box;
    }

    /** A new question starts with two empty answers, the fewest a question may have. */
    static EditableModule.Question newQuestion() {
        EditableModule.Question question = new EditableModule.Question();
        question.answers.add(new EditableModule.Answer());
        question.answers.add(new EditableModule.Answer());
        return question;
    }
}
