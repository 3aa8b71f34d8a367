package de.willkommensakademie.assessment.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import de.willkommensakademie.assessment.ActionPlan;
import de.willkommensakademie.assessment.ActionSummary;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.ui.HomeWidget;

/**
 * The start page's card of the action plan for the person who owns open actions: each with its due date, an overdue
 * one said in words ("overdue since …"), not by colour alone; links to their actions.
 */
@org.springframework.stereotype.Component
class MyActionsCard implements HomeWidget {

    private final ActionPlan plan;

    MyActionsCard(ActionPlan plan) {
        this.plan = plan;
    }

    @Override
    public int order() {
        return 8;
    }

    /** Only for people who own an open or in-progress action: nobody else sees an empty card. */
    @Override
    public boolean appliesTo(AppUser user) {
        return plan.hasPending();
    }

    @Override
    public Component create() {
        Locale locale = UI.getCurrent() == null ? Locale.GERMAN : UI.getCurrent().getLocale();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<ActionSummary> pending = plan.myPending();
        Section card = new Section(new H3(I18NProvider.translate("assessment.action.card.title")));
        card.addClassName("card");
        Div body = new Div();
        body.addClassName("card-body");
        UnorderedList list = new UnorderedList();
        for (ActionSummary action : pending) {
            String due = action.overdue()
                    ? I18NProvider.translate("assessment.action.card.overdue", dates.format(action.dueOn()))
                    : I18NProvider.translate("assessment.action.card.due", dates.format(action.dueOn()));
            Span when = new Span(due);
            if (action.overdue()) {
                when.addClassName("overdue");
            }
            list.add(new ListItem(new Span(action.title() + " – "), when));
        }
        body.add(list, new Anchor(MyActionsView.ROUTE, I18NProvider.translate("assessment.action.card.link")));
        card.add(body);
        return card;
    }
}
