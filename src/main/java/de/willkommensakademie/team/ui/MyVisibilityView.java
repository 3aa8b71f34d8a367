package de.willkommensakademie.team.ui;

import java.util.List;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.team.VisibilityPreset;
import de.willkommensakademie.team.VisibilityRules.Viewer;
import de.willkommensakademie.team.VisibilitySettings;
import jakarta.annotation.security.RolesAllowed;

/**
 * "What does my manager see?": the preset of the person's authority and, record by record, what their manager sees
 * about them. Reached from the learning page and from the notice sent when the preset changes.
 */
@Route(VisibilitySettings.MY_VISIBILITY_ROUTE)
@RolesAllowed(Role.Name.EMPLOYEE)
class MyVisibilityView extends VerticalLayout implements TranslatedTitle {

    /** Where the person's own items appear as their manager sees them. */
    static final String LIVE_SECTION_ID = "my-visibility-live";

    MyVisibilityView(VisibilitySettings settings) {
        addClassName("page");
        VisibilityPreset preset = settings.current();
        String name = getTranslation(preset.nameKey());
        Section live = new Section();
        live.setId(LIVE_SECTION_ID);
        add(new H2(getTranslation("nav.my-visibility")), new Paragraph(getTranslation("visibility.my.applies", name)),
                new H3(getTranslation("visibility.my.table.heading")),
                new Paragraph(getTranslation("visibility.preset." + preset.name() + ".managers")),
                new VisibilityRulesTable(getTranslation("visibility.my.table.caption", name), List.of(Viewer.MANAGER),
                        List.of(getTranslation("visibility.my.column.manager")), preset),
                new Paragraph(getTranslation("visibility.my.nobody")), live);
    }

    @Override
    public String titleKey() {
        return "nav.my-visibility";
    }
}
