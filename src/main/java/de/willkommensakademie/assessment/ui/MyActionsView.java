package de.willkommensakademie.assessment.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.assessment.ActionPlan;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.TranslatedTitle;
import jakarta.annotation.security.RolesAllowed;

/**
 * The actions a person owns (or created), for everybody: owners who are not managers reach it from their start page
 * and change the status here. Not in the menu, which offers the whole action plan to administrators and managers.
 */
@Route(MyActionsView.ROUTE)
@RolesAllowed({Role.Name.EMPLOYEE, Role.Name.TRAINER, Role.Name.MANAGER, Role.Name.ADMIN})
class MyActionsView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "assessment/actions/mine";

    MyActionsView(ActionPlan plan) {
        addClassName("page");
        setSizeFull();
        ActionList list = new ActionList(plan, true);
        add(new H2(getTranslation("assessment.action.mine.title")),
                new Paragraph(getTranslation("assessment.action.mine.intro")), list);
        setFlexGrow(1, list);
    }

    @Override
    public String titleKey() {
        return "assessment.action.mine.title";
    }
}
