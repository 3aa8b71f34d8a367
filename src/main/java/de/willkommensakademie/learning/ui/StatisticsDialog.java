package de.willkommensakademie.learning.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import de.willkommensakademie.learning.ModuleLibrary;
import de.willkommensakademie.learning.QuestionStatistics;

/** Per quiz question how often each answer was chosen, or "too few answers" below the privacy threshold. */
class StatisticsDialog extends Dialog {

    StatisticsDialog(List<QuestionStatistics> statistics, String moduleTitle, Locale locale) {
        setHeaderTitle(getTranslation("statistics.title", moduleTitle));
        setWidth("min(56rem, 100vw)");
        add(new Paragraph(getTranslation("statistics.explanation", ModuleLibrary.MIN_PEOPLE_FOR_STATISTICS)));
        if (statistics.isEmpty()) {
            add(new Paragraph(getTranslation("statistics.no-quiz")));
        }
        for (QuestionStatistics question : statistics) {
            Div block = new Div();
            block.addClassName("statistics-question");
            block.add(new H3(getTranslation("module.where.lesson", question.lesson()) + ", "
                    + getTranslation("module.where.question", question.question()) + ": "
                    + question.questionText().in(locale, "de")));
            if (!question.shown()) {
                block.add(new Paragraph(getTranslation("statistics.too-few")));
            } else {
                NativeTable table = new NativeTable();
                NativeTableRow header = table.getHead().addRow();
                header.addHeaderCell().setText(getTranslation("statistics.answer"));
                header.addHeaderCell().setText(getTranslation("statistics.correct"));
                header.addHeaderCell().setText(getTranslation("statistics.chosen"));
                for (QuestionStatistics.AnswerCount count : question.counts()) {
                    NativeTableRow row = table.getBody().addRow();
                    row.addDataCell().setText(count.answer().in(locale, "de"));
                    row.addDataCell().setText(getTranslation(count.correct() ? "statistics.yes" : "statistics.no"));
                    row.addDataCell().setText(String.valueOf(count.chosen()));
                }
                block.add(table, new Paragraph(getTranslation("statistics.people", question.people())));
            }
            add(block);
        }
        getFooter().add(new Button(getTranslation("action.close"), event -> close()));
    }
}
