package de.willkommensakademie.team.ui;

import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.TranslatedTitle;
import de.willkommensakademie.team.ProgressFilter;
import de.willkommensakademie.team.TeamSummary;
import de.willkommensakademie.team.TeamSummary.TeamFigures;
import jakarta.annotation.security.RolesAllowed;

/**
 * The authority summary for administrators: the share of mandatory training done per team as a bar chart drawn on
 * the server, the table behind it, and per team a link into its progress matrix.
 */
@Route("admin/team-summary")
@RolesAllowed(Role.Name.ADMIN)
@Menu(title = "nav.team-summary", order = 56, icon = "vaadin:bar-chart-h")
class TeamSummaryView extends VerticalLayout implements TranslatedTitle {

    TeamSummaryView(TeamSummary summary) {
        addClassName("page");
        TeamSummary.Figures figures = summary.authority();
        List<TeamFigures> teams = figures.teams();
        add(new H2(getTranslation("nav.team-summary")),
                new Paragraph(getTranslation("team-summary.intro")),
                new Paragraph(getTranslation("team-summary.preset",
                        getTranslation(figures.preset().nameKey()))));
        if (teams.isEmpty()) {
            add(new Paragraph(getTranslation("team-summary.empty")));
            return;
        }
        if (!figures.namesShown()) {
            add(new Paragraph(getTranslation("team-summary.counts-only")));
        }
        Div chart = new Div(new Html(ComplianceChart.svg(teams, getTranslation("team-summary.chart.title"),
                getTranslation("team-summary.chart.description", teams.size()),
                team -> getTranslation("team-summary.chart.line", FigureText.rate(team), team.team()))));
        chart.addClassName("compliance-chart-box");
        chart.setWidthFull();
        add(chart, new H3(getTranslation("team-summary.table")), table(teams));
    }

    private Grid<TeamFigures> table(List<TeamFigures> teams) {
        Grid<TeamFigures> grid = new Grid<>();
        grid.addComponentColumn(team -> MatrixLink.to(ProgressFilter.none().withTeam(team.teamId()), team.team(),
                getTranslation("team-summary.open-matrix", team.team())))
                .setHeader(getTranslation("team-summary.column.team")).setKey("team").setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(team -> FigureText.count(team.members()))
                .setHeader(getTranslation("team-summary.column.members")).setAutoWidth(true);
        grid.addColumn(team -> FigureText.count(team.mandatoryAssigned()))
                .setHeader(getTranslation("team-summary.column.assigned")).setAutoWidth(true);
        grid.addColumn(team -> FigureText.count(team.mandatoryDone()))
                .setHeader(getTranslation("team-summary.column.done")).setAutoWidth(true);
        grid.addColumn(FigureText::rate)
                .setHeader(getTranslation("team-summary.column.compliance")).setAutoWidth(true);
        grid.addColumn(team -> FigureText.count(team.overdue()))
                .setHeader(getTranslation("team-summary.column.overdue")).setAutoWidth(true);
        grid.setItems(teams);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("team-summary.table"));
        return grid;
    }

    @Override
    public String titleKey() {
        return "nav.team-summary";
    }
}
