package de.willkommensakademie.learning.ui;

import java.util.List;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import de.willkommensakademie.learning.ContentProblem;

/** Content problems as a readable list: where (file and line, or lesson and question) and what. */
class ProblemList extends UnorderedList {

    ProblemList(List<ContentProblem> problems) {
        addClassName("problem-list");
        for (ContentProblem problem : problems) {
            StringBuilder where = new StringBuilder();
            if (problem.file() != null) {
                where.append(problem.file());
                if (problem.line() != null) {
                    where.append(':').append(problem.line());
                }
            }
            if (problem.lesson() != null) {
                where.append(where.isEmpty() ? "" : " – ").append(getTranslation("module.where.lesson", problem.lesson()));
                if (problem.question() != null) {
                    where.append(", ").append(getTranslation("module.where.question", problem.question()));
                }
            }
            String what = getTranslation(problem.messageKey(), problem.arguments().toArray());
            add(new ListItem(where.isEmpty() ? what : where + ": " + what));
        }
    }
}
