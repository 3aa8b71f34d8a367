package de.willkommensakademie.scenario.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.scenario.ScenarioContent.Outcome;
import de.willkommensakademie.scenario.ScenarioResults;
import de.willkommensakademie.scenario.ScenarioStatistics;
import jakarta.annotation.security.RolesAllowed;

/**
 * A manager's overview of role-plays in their teams: per scenario how many people finished it and how the endings
 * came out. Who chose what, the transcripts and reflections stay private to each employee.
 */
@Route("scenarios/team")
@RolesAllowed(Role.Name.MANAGER)
@Menu(title = "nav.team-scenarios", order = 21, icon = "vaadin:chart")
class TeamScenariosView extends VerticalLayout implements TranslatedTitle {

    TeamScenariosView(ScenarioResults results) {
        addClassName("page");
        Locale locale = getLocale();
        List<ScenarioStatistics.TeamOutcome> outcomes = results.myTeamsOutcomes();
        NativeTable table = new NativeTable();
        table.addClassName("statistics-table");
        NativeTableRow header = table.getHead().addRow();
        header.addHeaderCell().setText(getTranslation("module.field.title"));
        header.addHeaderCell().setText(getTranslation("scenario.team.finished"));
        for (Outcome outcome : Outcome.values()) {
            header.addHeaderCell().setText(getTranslation("scenarios.outcome." + outcome.name()));
        }
        for (ScenarioStatistics.TeamOutcome outcome : outcomes) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText("en".equals(locale.getLanguage()) && outcome.titleEn() != null
                    ? outcome.titleEn() : outcome.titleDe());
            row.addDataCell().setText(String.valueOf(outcome.finished()));
            for (Outcome kind : Outcome.values()) {
                row.addDataCell().setText(String.valueOf(outcome.byOutcome().getOrDefault(kind, 0L)));
            }
        }
        add(new H2(getTranslation("nav.team-scenarios")), new Paragraph(getTranslation("scenario.team.intro")),
                table);
    }

    @Override
    public String titleKey() {
        return "nav.team-scenarios";
    }
}
