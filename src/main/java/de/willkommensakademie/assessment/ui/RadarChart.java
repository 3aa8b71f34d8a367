package de.willkommensakademie.assessment.ui;

import static de.willkommensakademie.assessment.ui.Markup.coordinate;
import static de.willkommensakademie.assessment.ui.Markup.decimal;
import static de.willkommensakademie.assessment.ui.Markup.escape;

import java.util.List;
import java.util.Locale;

/**
 * The five cornerstones as a radar chart drawn on the server (inline SVG, no chart library): one axis per cornerstone
 * on the 1–5 scale, the current state as a solid line with round markers and the importance as a dashed line with
 * square markers, so the two never rest on colour alone. The figure carries a title and description, and the table
 * behind it follows in the same {@code <figure>}: screen readers get the numbers, everybody can check them.
 */
final class RadarChart {

    static final String CURRENT_CLASS = "radar-current";
    static final String IMPORTANCE_CLASS = "radar-importance";

    /** Dark teal and dark brown: both above 6:1 against white (WCAG AA needs 3:1 for graphics). */
    static final String CURRENT_COLOUR = "#0b5a6b";
    static final String IMPORTANCE_COLOUR = "#8a4b00";

    /** Wide enough beside the circle for the longest cornerstone name at either side ("Äußeres Erscheinungsbild"). */
    private static final int WIDTH = 700;
    private static final double CENTRE_X = WIDTH / 2.0;
    private static final double CENTRE_Y = 215;
    private static final double RADIUS = 140;

    private RadarChart() {
    }

    /** One cornerstone; a mean is null where it is hidden (too few ratings). */
    record Axis(String label, Double current, Double importance) {
    }

    /** The chart's words, already translated. */
    record Texts(String title, String description, String current, String importance, String axisHeader,
            String hidden) {
    }

    static String html(String id, List<Axis> axes, Texts texts, Locale locale) {
        StringBuilder html = new StringBuilder("<figure class=\"assessment-chart\">");
        html.append(svg(id, axes, texts));
        html.append("<table class=\"assessment-chart-table\"><caption>").append(escape(texts.title()))
                .append("</caption><thead><tr><th scope=\"col\">").append(escape(texts.axisHeader()))
                .append("</th><th scope=\"col\">").append(escape(texts.current())).append("</th><th scope=\"col\">")
                .append(escape(texts.importance())).append("</th></tr></thead><tbody>");
        for (Axis axis : axes) {
            html.append("<tr><th scope=\"row\">").append(escape(axis.label())).append("</th><td>")
                    .append(figure(axis.current(), texts, locale)).append("</td><td>")
                    .append(figure(axis.importance(), texts, locale)).append("</td></tr>");
        }
        return html.append("</tbody></table></figure>").toString();
    }

    private static String figure(Double mean, Texts texts, Locale locale) {
        return mean == null ? escape(texts.hidden()) : decimal(mean, locale);
    }

    static String svg(String id, List<Axis> axes, Texts texts) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + WIDTH + " 420\"")
                .append(" width=\"100%\" style=\"max-width:" + WIDTH + "px\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\" class=\"radar-chart\"><title id=\"").append(id).append("-title\">")
                .append(escape(texts.title())).append("</title><desc id=\"").append(id).append("-desc\">")
                .append(escape(texts.description())).append("</desc>");
        int count = axes.size();
        svg.append("<g fill=\"none\" stroke=\"#8c959f\" stroke-width=\"1\">");
        for (int ring = 1; ring <= 5; ring++) {
            svg.append("<polygon points=\"").append(points(count, ring, ring, ring, ring, ring)).append("\"/>");
        }
        for (int index = 0; index < count; index++) {
            svg.append("<line x1=\"").append(coordinate(CENTRE_X)).append("\" y1=\"").append(coordinate(CENTRE_Y))
                    .append("\" x2=\"").append(coordinate(x(index, count, 5))).append("\" y2=\"")
                    .append(coordinate(y(index, count, 5))).append("\"/>");
        }
        svg.append("</g><g font-family=\"sans-serif\" font-size=\"11\" fill=\"#3d444d\">");
        for (int ring = 1; ring <= 5; ring++) {
            svg.append("<text x=\"").append(coordinate(CENTRE_X + 3)).append("\" y=\"")
                    .append(coordinate(CENTRE_Y - ring * RADIUS / 5 - 2)).append("\">").append(ring).append("</text>");
        }
        svg.append("</g><g font-family=\"sans-serif\" font-size=\"13\" fill=\"#1b1f24\">");
        for (int index = 0; index < count; index++) {
            double x = x(index, count, 5.9);
            double y = y(index, count, 5.9);
            String anchor = Math.abs(x - CENTRE_X) < 10 ? "middle" : x < CENTRE_X ? "end" : "start";
            svg.append("<text x=\"").append(coordinate(x)).append("\" y=\"").append(coordinate(y + 4))
                    .append("\" text-anchor=\"").append(anchor).append("\">").append(escape(axes.get(index).label()))
                    .append("</text>");
        }
        svg.append("</g>");
        series(svg, axes, true);
        series(svg, axes, false);
        legend(svg, texts);
        return svg.append("</svg>").toString();
    }

    private static void series(StringBuilder svg, List<Axis> axes, boolean current) {
        String colour = current ? CURRENT_COLOUR : IMPORTANCE_COLOUR;
        svg.append("<g class=\"").append(current ? CURRENT_CLASS : IMPORTANCE_CLASS).append("\">");
        StringBuilder points = new StringBuilder();
        int count = axes.size();
        for (int index = 0; index < count; index++) {
            Double mean = current ? axes.get(index).current() : axes.get(index).importance();
            if (mean != null) {
                points.append(coordinate(x(index, count, mean))).append(',')
                        .append(coordinate(y(index, count, mean))).append(' ');
            }
        }
        svg.append("<polygon points=\"").append(points.toString().strip()).append("\" fill=\"").append(colour)
                .append("\" fill-opacity=\"").append(current ? "0.15" : "0.05").append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"2.5\"").append(current ? "" : " stroke-dasharray=\"7 4\"").append("/>");
        for (int index = 0; index < count; index++) {
            Double mean = current ? axes.get(index).current() : axes.get(index).importance();
            if (mean == null) {
                continue;
            }
            double x = x(index, count, mean);
            double y = y(index, count, mean);
            if (current) {
                svg.append("<circle cx=\"").append(coordinate(x)).append("\" cy=\"").append(coordinate(y))
                        .append("\" r=\"5\" fill=\"").append(colour).append("\"/>");
            } else {
                svg.append("<rect x=\"").append(coordinate(x - 4.5)).append("\" y=\"").append(coordinate(y - 4.5))
                        .append("\" width=\"9\" height=\"9\" fill=\"").append(colour).append("\"/>");
            }
        }
        svg.append("</g>");
    }

    private static void legend(StringBuilder svg, Texts texts) {
        svg.append("<g font-family=\"sans-serif\" font-size=\"13\" fill=\"#1b1f24\">")
                .append("<line x1=\"10\" y1=\"14\" x2=\"40\" y2=\"14\" stroke=\"").append(CURRENT_COLOUR)
                .append("\" stroke-width=\"2.5\"/><circle cx=\"25\" cy=\"14\" r=\"5\" fill=\"").append(CURRENT_COLOUR)
                .append("\"/><text x=\"48\" y=\"18\">").append(escape(texts.current())).append("</text>")
                .append("<line x1=\"10\" y1=\"34\" x2=\"40\" y2=\"34\" stroke=\"").append(IMPORTANCE_COLOUR)
                .append("\" stroke-width=\"2.5\" stroke-dasharray=\"7 4\"/><rect x=\"20.5\" y=\"29.5\" width=\"9\"")
                .append(" height=\"9\" fill=\"").append(IMPORTANCE_COLOUR).append("\"/><text x=\"48\" y=\"38\">")
                .append(escape(texts.importance())).append("</text></g>");
    }

    private static String points(int count, double... values) {
        StringBuilder points = new StringBuilder();
        for (int index = 0; index < count; index++) {
            double value = values[Math.min(index, values.length - 1)];
            points.append(coordinate(x(index, count, value))).append(',').append(coordinate(y(index, count, value)))
                    .append(' ');
        }
        return points.toString().strip();
    }

    /** Axis {@code index} points up first, then clockwise; value 5 lies on the outer ring. */
    private static double x(int index, int count, double value) {
        return CENTRE_X + Math.cos(angle(index, count)) * RADIUS * value / 5;
    }

    private static double y(int index, int count, double value) {
        return CENTRE_Y + Math.sin(angle(index, count)) * RADIUS * value / 5;
    }

    private static double angle(int index, int count) {
        return -Math.PI / 2 + 2 * Math.PI * index / Math.max(count, 1);
    }
}
