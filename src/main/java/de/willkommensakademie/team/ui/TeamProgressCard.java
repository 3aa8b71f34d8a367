package de.willkommensakademie.team.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.base.ui.HomeWidget;
import de.willkommensakademie.team.ProgressFilter;
import de.willkommensakademie.team.StatusFilter;
import de.willkommensakademie.team.TeamSummary;
import de.willkommensakademie.team.TeamSummary.TeamFigures;

/**
 * The start page's card for managers: per team they lead the mandatory compliance rate, what is overdue and the
 * certificates running out within 30 days, each a link into the matrix filtered to just that.
 */
@org.springframework.stereotype.Component
class TeamProgressCard implements HomeWidget {

    private final TeamSummary summary;

    TeamProgressCard(TeamSummary summary) {
        this.summary = summary;
    }

    /** Right after the manager's list of their teams. */
    @Override
    public int order() {
        return 21;
    }

    @Override
    public boolean appliesTo(AppUser user) {
        return user.hasRole(Role.MANAGER);
    }

    @Override
    public Component create() {
        Section card = new Section(new H3(tr("home.progress.title")));
        card.addClassName("card");
        card.addClassName("team-progress-card");
        Div body = new Div();
        body.addClassName("card-body");
        UnorderedList teams = new UnorderedList();
        for (TeamFigures team : summary.cards().teams()) {
            teams.add(team(team));
        }
        body.add(teams.getChildren().findAny().isPresent() ? teams : new Paragraph(tr("home.teams.none")));
        card.add(body);
        return card;
    }

    private static ListItem team(TeamFigures team) {
        ProgressFilter base = ProgressFilter.none().withTeam(team.teamId());
        String compliance = tr("home.progress.compliance", FigureText.rate(team));
        String overdue = tr("home.progress.overdue", FigureText.count(team.overdue()));
        String expiring = tr("home.progress.expiring", TeamSummary.EXPIRING_CERTIFICATE_DAYS,
                FigureText.count(team.expiringCertificates()));
        UnorderedList figures = new UnorderedList(
                new ListItem(MatrixLink.to(base.withMandatoryOnly(true), compliance,
                        tr("home.progress.link", team.team(), compliance))),
                new ListItem(MatrixLink.to(base.withStatus(StatusFilter.OVERDUE), overdue,
                        tr("home.progress.link", team.team(), overdue))),
                new ListItem(MatrixLink.to(base.withStatus(StatusFilter.EXPIRING), expiring,
                        tr("home.progress.link", team.team(), expiring))));
        Span name = new Span(team.team());
        name.addClassName("team-progress-name");
        return new ListItem(name, figures);
    }

    private static String tr(String key, Object... parameters) {
        return I18NProvider.translate(key, parameters);
    }
}
