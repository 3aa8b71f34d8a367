package de.willkommensakademie.language;

import java.util.Locale;

/**
 * The coverage as a bar chart drawn on the server (SVG): per priority language, how many people reach B1 or
 * better, with the number written on each bar and a title and description for screen readers.
 */
public final class CoverageChart {

    private static final int ROW = 28;
    private static final int LABEL = 210;
    private static final int BAR = 360;

    private CoverageChart() {
    }

    /** {@code fewer} is the text of a count hidden as fewer than five, drawn beside a hairline bar. */
    public static String svg(Coverage coverage, Locale locale, String title, String description, String fewer) {
        long max = Math.max(1, coverage.atLeast().values().stream().flatMap(row -> row.values().stream())
                .mapToLong(count -> count.value()).max().orElse(1));
        max = Math.max(max, coverage.people().value());
        int height = coverage.languages().size() * ROW + 20;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" ")
                .append("aria-labelledby=\"coverage-title coverage-desc\" viewBox=\"0 0 ").append(LABEL + BAR + 60)
                .append(' ').append(height).append("\" width=\"").append(LABEL + BAR + 60).append("\" height=\"")
                .append(height).append("\"><title id=\"coverage-title\">").append(escape(title))
                .append("</title><desc id=\"coverage-desc\">").append(escape(description)).append("</desc>");
        int y = 10;
        for (String language : coverage.languages()) {
            var shown = coverage.shown(language, Cefr.B1);
            long count = shown.value();
            int width = (int) Math.round((double) BAR * count / max);
            svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\" font-size=\"13\" font-family=\"sans-serif\" fill=\"#1b1f24\">")
                    .append(escape(Languages.name(language, locale))).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(Math.max(width, 1)).append("\" height=\"18\" fill=\"#0b5a6b\"/>")
                    .append("<text x=\"").append(LABEL + Math.max(width, 1) + 6).append("\" y=\"").append(y + 17)
                    .append("\" font-size=\"13\" font-family=\"sans-serif\" fill=\"#1b1f24\">")
                    .append(shown.fewerThanMin() ? escape(fewer) : String.valueOf(count))
                    .append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
