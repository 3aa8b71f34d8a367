package de.willkommensakademie.assessment.ui;

import static de.willkommensakademie.assessment.ui.Markup.coordinate;
import static de.willkommensakademie.assessment.ui.Markup.decimal;
import static de.willkommensakademie.assessment.ui.Markup.escape;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import de.willkommensakademie.assessment.MatrixLabels;
import de.willkommensakademie.assessment.RoundFigures;
import de.willkommensakademie.assessment.RoundFigures.Quadrant;

/**
 * The priority matrix drawn on the server (inline SVG): current state to the right, importance upwards, divided at the
 * middle of the scale into four named quadrants. One marker per statement with its number beside it (statements with equal means share one, with all their numbers); statements in
 * "act now" (important and weak) are dark red diamonds on a hatched, framed quadrant, the others teal circles, so the
 * quadrant is told by shape, pattern and its name, not by colour. The table behind it follows in the same figure.
 */
final class PriorityMatrix {

    static final String POINT_CLASS = "matrix-point";
    static final String ACT_NOW_CLASS = "matrix-act-now";

    /** Dark red (7:1 against white) for act now, dark teal for the rest. */
    static final String ACT_NOW_COLOUR = "#a4262c";
    static final String OTHER_COLOUR = "#0b5a6b";

    /** The size the statement numbers are set at (the drawing's units). */
    private static final double FONT_SIZE = 12;
    private static final double LEFT = 70;
    private static final double RIGHT = 500;
    private static final double TOP = 20;
    private static final double BOTTOM = 450;

    private PriorityMatrix() {
    }

    /** One statement with both means shown; {@code number} is its short label. */
    record Point(int number, String text, double current, double importance, Quadrant quadrant) {
    }

    /** The chart's words, already translated; {@code quadrants} in the order of {@link Quadrant}. */
    record Texts(String title, String description, String currentAxis, String importanceAxis, String numberHeader,
            String statementHeader, String quadrantHeader, List<String> quadrants) {

        String quadrant(Quadrant quadrant) {
            return quadrants.get(quadrant.ordinal());
        }
    }

    static String html(String id, List<Point> points, Texts texts, Locale locale) {
        StringBuilder html = new StringBuilder("<figure class=\"assessment-chart\">").append(svg(id, points, texts));
        html.append("<table class=\"assessment-chart-table\"><caption>").append(escape(texts.title()))
                .append("</caption><thead><tr><th scope=\"col\">").append(escape(texts.numberHeader()))
                .append("</th><th scope=\"col\">").append(escape(texts.statementHeader()))
                .append("</th><th scope=\"col\">").append(escape(texts.currentAxis()))
                .append("</th><th scope=\"col\">").append(escape(texts.importanceAxis()))
                .append("</th><th scope=\"col\">").append(escape(texts.quadrantHeader()))
                .append("</th></tr></thead><tbody>");
        for (Point point : points) {
            html.append("<tr><td>").append(point.number()).append("</td><th scope=\"row\">")
                    .append(escape(point.text())).append("</th><td>").append(decimal(point.current(), locale))
                    .append("</td><td>").append(decimal(point.importance(), locale)).append("</td><td>")
                    .append(escape(texts.quadrant(point.quadrant()))).append("</td></tr>");
        }
        return html.append("</tbody></table></figure>").toString();
    }

    static String svg(String id, List<Point> points, Texts texts) {
        double middleX = x(RoundFigures.MIDDLE);
        double middleY = y(RoundFigures.MIDDLE);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .append(" viewBox=\"0 0 520 500\" width=\"100%\" style=\"max-width:520px\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\" class=\"priority-matrix\"><title id=\"")
                .append(id).append("-title\">").append(escape(texts.title())).append("</title><desc id=\"")
                .append(id).append("-desc\">").append(escape(texts.description())).append("</desc>")
                .append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"8\" height=\"8\"")
                .append(" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\"")
                .append(" fill=\"#fbeaea\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#e6b8ba\"")
                .append(" stroke-width=\"2\"/></pattern></defs>");
        svg.append("<rect class=\"").append(ACT_NOW_CLASS).append("\" x=\"").append(coordinate(LEFT)).append("\" y=\"")
                .append(coordinate(TOP)).append("\" width=\"").append(coordinate(middleX - LEFT)).append("\" height=\"")
                .append(coordinate(middleY - TOP)).append("\" fill=\"url(#").append(id).append("-hatch)\" stroke=\"")
                .append(ACT_NOW_COLOUR).append("\" stroke-width=\"3\"/>");
        svg.append("<rect x=\"").append(coordinate(LEFT)).append("\" y=\"").append(coordinate(TOP))
                .append("\" width=\"").append(coordinate(RIGHT - LEFT)).append("\" height=\"")
                .append(coordinate(BOTTOM - TOP)).append("\" fill=\"none\" stroke=\"#5f6b76\" stroke-width=\"1\"/>")
                .append("<line x1=\"").append(coordinate(middleX)).append("\" y1=\"").append(coordinate(TOP))
                .append("\" x2=\"").append(coordinate(middleX)).append("\" y2=\"").append(coordinate(BOTTOM))
                .append("\" stroke=\"#5f6b76\" stroke-dasharray=\"4 3\"/><line x1=\"").append(coordinate(LEFT))
                .append("\" y1=\"").append(coordinate(middleY)).append("\" x2=\"").append(coordinate(RIGHT))
                .append("\" y2=\"").append(coordinate(middleY)).append("\" stroke=\"#5f6b76\" stroke-dasharray=\"4 3\"/>");
        svg.append("<g font-family=\"sans-serif\" font-size=\"12\" fill=\"#3d444d\">");
        for (int value = 1; value <= 5; value++) {
            svg.append("<text x=\"").append(coordinate(x(value))).append("\" y=\"").append(coordinate(BOTTOM + 16))
                    .append("\" text-anchor=\"middle\">").append(value).append("</text><text x=\"")
                    .append(coordinate(LEFT - 8)).append("\" y=\"").append(coordinate(y(value) + 4))
                    .append("\" text-anchor=\"end\">").append(value).append("</text>");
        }
        svg.append("</g><g font-family=\"sans-serif\" font-size=\"14\" fill=\"#1b1f24\">")
                .append("<text x=\"").append(coordinate((LEFT + RIGHT) / 2)).append("\" y=\"")
                .append(coordinate(BOTTOM + 38)).append("\" text-anchor=\"middle\">").append(escape(texts.currentAxis()))
                .append(" →</text><text transform=\"translate(18 ").append(coordinate((TOP + BOTTOM) / 2))
                .append(") rotate(-90)\" text-anchor=\"middle\">").append(escape(texts.importanceAxis()))
                .append(" →</text></g>");
        svg.append("<g font-family=\"sans-serif\" font-size=\"14\" font-weight=\"bold\">");
        quadrantName(svg, texts.quadrant(Quadrant.ACT_NOW), LEFT + 8, TOP + 20, ACT_NOW_COLOUR);
        quadrantName(svg, texts.quadrant(Quadrant.KEEP_UP), middleX + 8, TOP + 20, "#1b1f24");
        quadrantName(svg, texts.quadrant(Quadrant.WATCH), LEFT + 8, BOTTOM - 10, "#1b1f24");
        quadrantName(svg, texts.quadrant(Quadrant.ENOUGH), middleX + 8, BOTTOM - 10, "#1b1f24");
        svg.append("</g><g font-family=\"sans-serif\" font-size=\"12\">");
        // statements with the same means share one marker labelled with all their numbers, so none hides another
        List<List<Point>> places = MatrixLabels.sharingMarkers(points, Point::current, Point::importance);
        List<MatrixLabels.Label> labels = MatrixLabels.place(places.stream()
                .map(together -> new MatrixLabels.Marker(x(together.getFirst().current()),
                        y(together.getFirst().importance()), together.stream().map(Point::number).toList()))
                .toList(), FONT_SIZE, LEFT - 30, RIGHT + 20);
        for (int place = 0; place < places.size(); place++) {
            List<Point> together = places.get(place);
            Point point = together.getFirst();
            double x = x(point.current());
            double y = y(point.importance());
            boolean actNow = point.quadrant() == Quadrant.ACT_NOW;
            String colour = actNow ? ACT_NOW_COLOUR : OTHER_COLOUR;
            svg.append("<g class=\"").append(POINT_CLASS).append("\"><title>").append(escape(together.stream()
                    .map(one -> one.number() + ". " + one.text()).collect(Collectors.joining("\n"))))
                    .append("</title>");
            if (actNow) {
                svg.append("<polygon points=\"").append(coordinate(x)).append(',').append(coordinate(y - 7))
                        .append(' ').append(coordinate(x + 7)).append(',').append(coordinate(y)).append(' ')
                        .append(coordinate(x)).append(',').append(coordinate(y + 7)).append(' ')
                        .append(coordinate(x - 7)).append(',').append(coordinate(y)).append("\" fill=\"").append(colour)
                        .append("\"/>");
            } else {
                svg.append("<circle cx=\"").append(coordinate(x)).append("\" cy=\"").append(coordinate(y))
                        .append("\" r=\"5.5\" fill=\"").append(colour).append("\"/>");
            }
            MatrixLabels.Label label = labels.get(place);
            for (int line = 0; line < label.lines().size(); line++) {
                svg.append("<text x=\"").append(coordinate(label.x())).append("\" y=\"")
                        .append(coordinate(label.baseline() + line * label.lineHeight())).append("\" text-anchor=\"")
                        .append(label.anchor()).append("\" fill=\"").append(colour).append("\">")
                        .append(label.lines().get(line)).append("</text>");
            }
            svg.append("</g>");
        }
        return svg.append("</g></svg>").toString();
    }

    private static void quadrantName(StringBuilder svg, String name, double x, double y, String colour) {
        svg.append("<text x=\"").append(coordinate(x)).append("\" y=\"").append(coordinate(y)).append("\" fill=\"")
                .append(colour).append("\">").append(escape(name)).append("</text>");
    }

    private static double x(double current) {
        return LEFT + (current - 1) / 4 * (RIGHT - LEFT);
    }

    private static double y(double importance) {
        return BOTTOM - (importance - 1) / 4 * (BOTTOM - TOP);
    }
}
