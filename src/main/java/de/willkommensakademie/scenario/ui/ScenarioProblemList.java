package de.willkommensakademie.scenario.ui;

import java.util.List;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import de.willkommensakademie.scenario.ScenarioProblem;

/**
 * What stands in the way of importing or publishing, each item naming the line or node it concerns. A long list shows
 * its first {@value #SHOWN} problems and how many more there are: nobody reads thousands, and building them all made
 * checking a large scenario slow.
 */
class ScenarioProblemList extends UnorderedList {

    static final int SHOWN = 100;

    ScenarioProblemList(List<ScenarioProblem> problems) {
        addClassName("problem-list");
        for (ScenarioProblem problem : problems.subList(0, Math.min(SHOWN, problems.size()))) {
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
        if (problems.size() > SHOWN) {
            add(new ListItem(getTranslation("scenario.problems.more", problems.size() - SHOWN)));
        }
    }
}
