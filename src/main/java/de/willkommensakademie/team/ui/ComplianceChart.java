package de.willkommensakademie.team.ui;

import java.util.List;
import java.util.function.Function;

import de.willkommensakademie.team.TeamSummary.TeamFigures;

/**
 * Compliance per team as a horizontal bar chart drawn on the server (inline SVG, no chart library): per team a text
 * line with the rate in words and the team's name, and under it a bar on a framed track, so the figure never rests
 * on colour or length alone. Widths are percentages of the chart's width, so it fits a 390 px phone as well as a
 * desktop without scaling the text.
 */
final class ComplianceChart {

    static final String BAR_CLASS = "compliance-bar";

    private static final int ROW = 48;

    private ComplianceChart() {
    }

    /**
     * @param label what the text line says for a team, e.g. "57 % – Servicepoint" or "fewer than 5 – Servicepoint"
     */
    static String svg(List<TeamFigures> teams, String title, String description, Function<TeamFigures, String> label) {
        int height = Math.max(teams.size(), 1) * ROW + 8;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .append(" aria-labelledby=\"compliance-title compliance-desc\" width=\"100%\" height=\"")
                .append(height).append("\" class=\"compliance-chart\"><title id=\"compliance-title\">")
                .append(escape(title)).append("</title><desc id=\"compliance-desc\">").append(escape(description))
                .append("</desc>");
        int y = 4;
        for (TeamFigures team : teams) {
            Integer percent = team.compliancePercent();
            svg.append("<g class=\"").append(BAR_CLASS).append("\"><text x=\"0\" y=\"").append(y + 16)
                    .append("\" font-size=\"14\" font-family=\"sans-serif\" fill=\"#1b1f24\">")
                    .append(escape(label.apply(team))).append("</text>")
                    .append("<rect x=\"1\" y=\"").append(y + 24).append("\" width=\"99%\" height=\"16\"")
                    .append(" fill=\"#eef1f4\" stroke=\"#5f6b76\" stroke-width=\"1\"/>");
            if (percent != null && percent > 0) {
                svg.append("<rect x=\"1\" y=\"").append(y + 24).append("\" width=\"")
                        .append(Math.round(percent * 0.99 * 10) / 10.0).append("%\" height=\"16\" fill=\"#0b5a6b\"/>");
            }
            svg.append("</g>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    /** Team names are typed by administrators: everything that could open markup is written as an entity. */
    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
