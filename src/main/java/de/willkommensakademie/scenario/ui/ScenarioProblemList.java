package de.willkommensakademie.scenario.ui;

import java.util.List;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import de.willkommensakademie.scenario.ScenarioProblem;

/** What stands in the way of importing or publishing, each item naming the line or node it concerns. */
class ScenarioProblemList extends UnorderedList {

    ScenarioProblemList(List<ScenarioProblem> problems) {
        addClassName("problem-list");
        for (ScenarioProblem problem : problems) {
            StringBuilder where = new StringBuilder();
            if (problem.line() != null) {
                where.append(getTranslation("scenario.where.line", problem.line()));
            }
            if (problem.node() != null) {
                where.append(where.isEmpty() ? "" : ", ").append(getTranslation("scenario.where.node", problem.node()));
            }
            String what = getTranslation(problem.messageKey(), problem.arguments().toArray());
            add(new ListItem(where.isEmpty() ? what : where + ": " + what));
        }
    }
}
