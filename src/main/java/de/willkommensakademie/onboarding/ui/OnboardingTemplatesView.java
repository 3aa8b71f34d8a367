package de.willkommensakademie.onboarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.onboarding.OnboardingTemplates;
import de.willkommensakademie.onboarding.TemplateSummary;
import jakarta.annotation.security.RolesAllowed;

/** The checklist templates per job role: the authority's own to edit, the shipped ones to adapt. */
@Route("onboarding/templates")
@RolesAllowed({Role.Name.TRAINER, Role.Name.ADMIN})
@Menu(title = "nav.onboarding-templates", order = 32, icon = "vaadin:clipboard-check")
class OnboardingTemplatesView extends VerticalLayout implements TranslatedTitle {

    OnboardingTemplatesView(OnboardingTemplates templates) {
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
    }

    @Override
    public String titleKey() {
        return "nav.onboarding-templates";
    }
}
