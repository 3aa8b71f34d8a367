package de.willkommensakademie.assessment.ui;

import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.assessment.ActionPlan;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.TranslatedTitle;
import jakarta.annotation.security.RolesAllowed;

/**
 * The action plan: administrators see every action of the authority, managers those they own or created. Both create
 * actions from a round's results (here from a chosen round, or from the results' priority matrix) and edit theirs;
 * owners change the status. People who only own actions reach them through {@link MyActionsView}.
 */
@Route(ActionPlanView.ROUTE)
@RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
@Menu(title = "assessment.action.nav", order = 27, icon = "vaadin:tasks")
class ActionPlanView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "assessment/actions";

    ActionPlanView(ActionPlan plan) {
        addClassName("page");
        setSizeFull();
        ActionList list = new ActionList(plan, false);
        list.onEdit(row -> ActionDialog.edit(plan, row, list::refresh).open());
        Button create = new Button(getTranslation("assessment.action.create"), VaadinIcon.PLUS.create(),
                event -> ActionDialog.create(plan, null, Set.of(), list::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("assessment.action.nav")), new Paragraph(getTranslation("assessment.action.intro")),
                create, list);
        setFlexGrow(1, list);
    }

    @Override
    public String titleKey() {
        return "assessment.action.nav";
    }
}
