package de.willkommensakademie.team.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.team.Matrix;
import de.willkommensakademie.team.Matrix.Cell;
import de.willkommensakademie.team.Matrix.Column;
import de.willkommensakademie.team.ProgressTexts;
import de.willkommensakademie.team.TeamProgress;
import de.willkommensakademie.visibility.VisibilityPreset;
import de.willkommensakademie.visibility.VisibilityRules.Viewer;
import de.willkommensakademie.visibility.VisibilitySettings;
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

    MyVisibilityView(VisibilitySettings settings, TeamProgress progress) {
        addClassName("page");
        VisibilityPreset preset = settings.current();
        String name = getTranslation(preset.nameKey());
        Section live = new Section();
        live.setId(LIVE_SECTION_ID);
        live.add(new H3(getTranslation("visibility.my.live.heading")));
        live.add(liveContent(progress.asMyManagerSees()));
        add(new H2(getTranslation("nav.my-visibility")), new Paragraph(getTranslation("visibility.my.applies", name)),
                new H3(getTranslation("visibility.my.table.heading")),
                new Paragraph(getTranslation("visibility.preset." + preset.name() + ".managers")),
                new VisibilityRulesTable(getTranslation("visibility.my.table.caption", name), List.of(Viewer.MANAGER),
                        List.of(getTranslation("visibility.my.column.manager")), preset),
                new Paragraph(getTranslation("visibility.my.nobody")), live);
    }

    /** The person's own row exactly as their manager's matrix shows it, read from the same service the matrix uses. */
    private Component liveContent(Matrix mine) {
        if (!mine.namesShown()) {
            return new Paragraph(getTranslation("visibility.my.live.totals-only"));
        }
        if (mine.people().isEmpty()) {
            return new Paragraph(getTranslation("visibility.my.live.no-team"));
        }
        Locale locale = getLocale();
        ProgressTexts texts = new ProgressTexts(locale, this::getTranslation);
        List<Cell> cells = mine.people().getFirst().cells();
        UnorderedList list = new UnorderedList();
        int countedOnly = 0;
        for (int i = 0; i < mine.columns().size(); i++) {
            Column column = mine.columns().get(i);
            Cell cell = cells.get(i);
            if (!column.perPerson()) {
                countedOnly++;
            } else if (cell != null) {
                list.add(new ListItem(getTranslation("visibility.my.live.item", texts.title(column, locale),
                        texts.kind(column), texts.cell(column, cell))));
            }
        }
        Section content = new Section();
        if (list.getComponentCount() == 0) {
            content.add(new Paragraph(getTranslation("visibility.my.live.nothing")));
        } else {
            content.add(new Paragraph(getTranslation("visibility.my.live.intro")), list);
        }
        if (countedOnly > 0) {
            content.add(new Paragraph(getTranslation("visibility.my.live.counted-only")));
        }
        return content;
    }

    @Override
    public String titleKey() {
        return "nav.my-visibility";
    }
}
