package de.willkommensakademie.team.ui;

import com.vaadin.flow.i18n.I18NProvider;
import de.willkommensakademie.team.TeamSummary.TeamFigures;
import de.willkommensakademie.team.Totals;
import de.willkommensakademie.visibility.PeopleCount;
import de.willkommensakademie.visibility.VisibilityRules;

/** How the card and the summary write a team's figures: hidden counts as "fewer than 5", rates in percent. */
final class FigureText {

    private FigureText() {
    }

    static String count(Integer count) {
        return count == null ? "–" : Totals.isHidden(count) ? I18NProvider.translate(PeopleCount.FEWER_THAN_MIN_KEY,
                VisibilityRules.MIN_GROUP)
                : String.valueOf(count);
    }

    static String rate(TeamFigures team) {
        if (team.compliancePercent() != null) {
            return I18NProvider.translate("team-summary.percent", team.compliancePercent());
        }
        if (Totals.isHidden(team.mandatoryAssigned()) || Totals.isHidden(team.mandatoryDone())) {
            return I18NProvider.translate(PeopleCount.FEWER_THAN_MIN_KEY,
                VisibilityRules.MIN_GROUP);
        }
        return I18NProvider.translate("team-summary.no-mandatory");
    }
}
