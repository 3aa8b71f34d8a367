package de.willkommensakademie.assessment.ui;

import java.util.List;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import de.willkommensakademie.assessment.QuestionnaireProblem;

/** What stands in the way of publishing a questionnaire, one translated message each (with its line from a file). */
class QuestionnaireProblemList extends UnorderedList {

    QuestionnaireProblemList(List<QuestionnaireProblem> problems) {
        addClassName("problem-list");
        for (QuestionnaireProblem problem : problems) {
            String what = getTranslation(problem.messageKey(), problem.arguments().toArray());
            add(new ListItem(problem.line() == null ? what
                    : getTranslation("assessment.content.where.line", problem.line()) + ": " + what));
        }
    }
}
