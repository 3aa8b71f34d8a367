package de.willkommensakademie.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Where the priority matrix writes its statement numbers, on the results page and in the report alike: statements with
 * the same means share one marker, at most {@value #PER_LINE} numbers to a line, and a marker's numbers go where they
 * cover no other marker and no numbers written before — right, left, above, below, then the diagonals; where every
 * place is taken, the least covered one. Works with y growing downwards and sizes in proportion to the font size, so
 * the drawing decides only the scale.
 */
public final class MatrixLabels {

    public static final int PER_LINE = 4;

    // in units of the font size: what a digit or ", " advances, a line, the part of a line above the baseline
    private static final double CHARACTER_WIDTH = 0.58;
    private static final double LINE_HEIGHT = 1.08;
    private static final double ASCENT = 0.83;
    private static final double MARKER_RADIUS = 0.6;
    private static final double GAP = 0.75;

    private MatrixLabels() {
    }

    /** A marker's centre and the numbers of the statements it stands for. */
    public record Marker(double x, double y, List<Integer> numbers) {
    }

    /**
     * A marker's numbers: the lines and where the first line's baseline starts; {@code anchor} is {@code start},
     * {@code middle} or {@code end} like SVG's text-anchor. Further lines follow one {@link #lineHeight} lower each.
     */
    public record Label(double x, double baseline, String anchor, List<String> lines, double lineHeight) {

        /** The left edge of a line {@code width} wide written here. */
        public double left(double width) {
            return switch (anchor) {
                case "end" -> x - width;
                case "middle" -> x - width / 2;
                default -> x;
            };
        }
    }

    /** Statements grouped by their two means to the hundredth: each group is one marker. */
    public static <T> List<List<T>> sharingMarkers(List<T> statements, ToDoubleFunction<T> current,
            ToDoubleFunction<T> importance) {
        Map<String, List<T>> places = new LinkedHashMap<>();
        for (T statement : statements) {
            places.computeIfAbsent(Math.round(current.applyAsDouble(statement) * 100) + "/"
                    + Math.round(importance.applyAsDouble(statement) * 100), place -> new ArrayList<>())
                    .add(statement);
        }
        return List.copyOf(places.values());
    }

    /** Numbers sharing a marker, at most {@value #PER_LINE} to a line so a crowded place stays legible. */
    public static List<String> numberLines(List<Integer> numbers) {
        List<String> lines = new ArrayList<>();
        for (int start = 0; start < numbers.size(); start += PER_LINE) {
            lines.add(numbers.subList(start, Math.min(numbers.size(), start + PER_LINE)).stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")));
        }
        return lines;
    }

    /**
     * A label for every marker, in their order, in a drawing whose numbers are set at {@code fontSize}; labels are
     * kept within {@code minX}–{@code maxX} where any place allows.
     */
    public static List<Label> place(List<Marker> markers, double fontSize, double minX, double maxX) {
        List<double[]> taken = new ArrayList<>();
        double radius = MARKER_RADIUS * fontSize;
        for (Marker marker : markers) {
            taken.add(box(marker.x() - radius, marker.y() - radius, 2 * radius, 2 * radius));
        }
        List<Label> labels = new ArrayList<>();
        for (Marker marker : markers) {
            labels.add(place(marker, fontSize, minX, maxX, taken));
        }
        return labels;
    }

    private static Label place(Marker marker, double fontSize, double minX, double maxX, List<double[]> taken) {
        List<String> lines = numberLines(marker.numbers());
        double line = LINE_HEIGHT * fontSize;
        double width = lines.stream().mapToInt(String::length).max().orElse(0) * CHARACTER_WIDTH * fontSize;
        double height = lines.size() * line;
        double x = marker.x();
        double y = marker.y();
        double gap = GAP * fontSize;
        double middle = 0.33 * fontSize;
        double above = y - gap - (height - line);
        double below = y + gap + ASCENT * fontSize;
        List<Label> candidates = List.of(new Label(x + gap, y + middle, "start", lines, line),
                new Label(x - gap, y + middle, "end", lines, line), new Label(x, above - 0.2 * fontSize, "middle",
                        lines, line), new Label(x, below + 0.2 * fontSize, "middle", lines, line),
                new Label(x + gap, above, "start", lines, line), new Label(x + gap, below, "start", lines, line),
                new Label(x - gap, above, "end", lines, line), new Label(x - gap, below, "end", lines, line));
        Label best = candidates.getFirst();
        double leastCovered = Double.MAX_VALUE;
        for (Label candidate : candidates) {
            double[] area = box(candidate.left(width), candidate.baseline() - ASCENT * fontSize, width, height);
            double covered = taken.stream().mapToDouble(other -> overlap(area, other)).sum();
            if (area[0] < minX || area[2] > maxX) {
                covered += width * height; // beyond the drawing's edge is the last resort
            }
            if (covered < leastCovered) {
                leastCovered = covered;
                best = candidate;
                if (covered == 0) {
                    break;
                }
            }
        }
        taken.add(box(best.left(width), best.baseline() - ASCENT * fontSize, width, height));
        return best;
    }

    private static double[] box(double left, double top, double width, double height) {
        return new double[] {left, top, left + width, top + height};
    }

    private static double overlap(double[] a, double[] b) {
        double width = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
        double height = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
        return width > 0 && height > 0 ? width * height : 0;
    }
}
