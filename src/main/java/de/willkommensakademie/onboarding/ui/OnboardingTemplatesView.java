package de.willkommensakademie.onboarding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.Notifications;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.onboarding.OnboardingTemplates;
import de.willkommensakademie.onboarding.TemplateSummary;
import de.willkommensakademie.people.AuthorityService;
import de.willkommensakademie.people.FederalState;
import jakarta.annotation.security.RolesAllowed;

/**
 * The checklist templates per job role: the authority's own to edit, the shipped ones to adapt. Admins also choose
 * here the federal state whose public holidays due dates skip.
 */
@Route("onboarding/templates")
@RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
@Menu(title = "nav.onboarding-templates", order = 32, icon = "vaadin:clipboard-check")
class OnboardingTemplatesView extends VerticalLayout implements TranslatedTitle {

    OnboardingTemplatesView(OnboardingTemplates templates, AuthorityService authorities, CurrentUser currentUser) {
        addClassName("page");
        UnorderedList list = new UnorderedList();
        list.addClassName("attempt-list");
        for (TemplateSummary summary : templates.list()) {
            String title = summary.title(getLocale());
            Span text = new Span(title + " – " + getTranslation(summary.own() ? "module.source.own"
                    : "module.source.library") + ", " + getTranslation("onboarding.templates.version",
                    summary.publishedVersion()) + " ");
            Button open = new Button(getTranslation(summary.own() ? "module.action.edit"
                    : "onboarding.templates.adapt"), event -> {
                        long id = summary.own() ? summary.id() : templates.adapt(summary.id());
                        getUI().ifPresent(ui -> ui.navigate(TemplateEditorView.class, id));
                    });
            open.setAriaLabel(open.getText() + ": " + title);
            list.add(new ListItem(text, open));
        }
        add(new H2(getTranslation("nav.onboarding-templates")),
                new Paragraph(getTranslation("onboarding.templates.intro")), list);
        if (currentUser.require().hasRole(Role.ADMIN)) {
            add(holidays(authorities));
        }
    }

    private Component holidays(AuthorityService authorities) {
        Select<FederalState> state = new Select<>();
        state.setLabel(getTranslation("onboarding.holidays.state"));
        state.setItems(FederalState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("onboarding.holidays.nationwide"));
        state.setItemLabelGenerator(value -> value == null ? getTranslation("onboarding.holidays.nationwide")
                : getTranslation("onboarding.holidays.state." + value.name()));
        state.setValue(authorities.federalState().orElse(null));
        Button save = new Button(getTranslation("action.save"), event -> {
            authorities.changeFederalState(state.getValue());
            Notifications.success(getTranslation("onboarding.holidays.saved"));
        });
        save.setAriaLabel(getTranslation("action.save") + ": " + getTranslation("onboarding.holidays.state"));
        FlexLayout row = new FlexLayout(state, save);
        row.addClassName("editor-row");
        return new Section(new H3(getTranslation("onboarding.holidays.title")),
                new Paragraph(getTranslation("onboarding.holidays.intro")), row);
    }

    @Override
    public String titleKey() {
        return "nav.onboarding-templates";
    }
}
