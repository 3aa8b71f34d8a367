package de.willkommensakademie.scenario.ui;

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
import de.willkommensakademie.visibility.PeopleCount;
import de.willkommensakademie.visibility.VisibilityRules;
import jakarta.annotation.security.RolesAllowed;

/**
 * A manager's overview of role-plays in their teams: per scenario how many people finished it, counted as the
 * visibility rules allow (fewer than five shows as such). How the endings came out is a result, which the rules keep
 * from managers; who chose what, the transcripts and reflections stay private to each employee.
 */
@Route("scenarios/team")
@RolesAllowed(Role.Name.MANAGER)
@Menu(title = "nav.team-scenarios", order = 21, icon = "vaadin:chart")
class TeamScenariosView extends VerticalLayout implements TranslatedTitle {

    TeamScenariosView(ScenarioResults results) {
        addClassName("page");
        Locale locale = getLocale();
        ScenarioStatistics.TeamOutcomes outcomes = results.myTeamsOutcomes();
        NativeTable table = new NativeTable();
        table.addClassName("statistics-table");
        NativeTableRow header = table.getHead().addRow();
        header.addHeaderCell().setText(getTranslation("module.field.title"));
        header.addHeaderCell().setText(getTranslation("scenario.team.finished"));
        if (outcomes.outcomesShown()) {
            for (Outcome outcome : Outcome.values()) {
                header.addHeaderCell().setText(getTranslation("scenarios.outcome." + outcome.name()));
            }
        }
        for (ScenarioStatistics.TeamOutcome outcome : outcomes.rows()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText("en".equals(locale.getLanguage()) && outcome.titleEn() != null
                    ? outcome.titleEn() : outcome.titleDe());
            row.addDataCell().setText(text(outcome.finished()));
            if (outcomes.outcomesShown()) {
                for (Outcome kind : Outcome.values()) {
                    row.addDataCell().setText(text(outcome.byOutcome().get(kind)));
                }
            }
        }
        add(new H2(getTranslation("nav.team-scenarios")), new Paragraph(getTranslation("scenario.team.intro",
                VisibilityRules.MIN_GROUP)), table);
    }

    private String text(PeopleCount count) {
        return count.fewerThanMin() ? getTranslation(PeopleCount.FEWER_THAN_MIN_KEY, VisibilityRules.MIN_GROUP)
                : String.valueOf(count.value());
    }

    @Override
    public String titleKey() {
        return "nav.team-scenarios";
    }
}
