package de.willkommensakademie.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.willkommensakademie.assessment.MatrixLabels.Label;
import de.willkommensakademie.assessment.MatrixLabels.Marker;
import org.junit.jupiter.api.Test;

/** Where the priority matrix writes statement numbers (the same rule for the results page and the PDF report). */
class MatrixLabelsTest {

    private static final double FONT = 12;

    @Test
    void statements_with_the_same_means_share_a_marker() {
        List<double[]> statements = List.of(new double[] {3.5, 4.0}, new double[] {3.501, 3.999},
                new double[] {2.0, 4.0});
        List<List<double[]>> markers = MatrixLabels.sharingMarkers(statements, s -> s[0], s -> s[1]);
        assertThat(markers).hasSize(2);
        assertThat(markers.getFirst()).hasSize(2);
        assertThat(MatrixLabels.numberLines(List.of(1, 2, 3, 4, 5))).containsExactly("1, 2, 3, 4", "5");
    }

    @Test
    void the_numbers_of_a_lone_marker_go_to_its_right() {
        Label label = MatrixLabels.place(List.of(new Marker(100, 100, List.of(7))), FONT, 0, 500).getFirst();
        assertThat(label.anchor()).isEqualTo("start");
        assertThat(label.x()).isGreaterThan(100);
    }

    @Test
    void crowded_markers_get_numbers_that_cover_no_other_marker_and_no_other_numbers() {
        List<Marker> markers = List.of(new Marker(200, 200, List.of(12)), new Marker(206, 200, List.of(27)),
                new Marker(212, 201, List.of(31)), new Marker(203, 190, List.of(4)));
        List<Label> labels = MatrixLabels.place(markers, FONT, 0, 500);
        List<double[]> boxes = labels.stream().map(MatrixLabelsTest::box).toList();
        for (int one = 0; one < boxes.size(); one++) {
            for (Marker marker : markers) {
                assertThat(covers(boxes.get(one), marker)).as("numbers %d over a marker", one).isFalse();
            }
            for (int other = one + 1; other < boxes.size(); other++) {
                assertThat(overlap(boxes.get(one), boxes.get(other))).as("numbers %d and %d", one, other).isFalse();
            }
        }
    }

    @Test
    void numbers_at_the_drawings_right_edge_go_to_the_left() {
        Label label = MatrixLabels.place(List.of(new Marker(495, 100, List.of(40))), FONT, 0, 500).getFirst();
        assertThat(box(label)[2]).isLessThanOrEqualTo(500);
    }

    /** The label's area as MatrixLabels estimates it (two characters per number here). */
    private static double[] box(Label label) {
        double width = label.lines().getFirst().length() * 0.58 * FONT;
        double left = label.left(width);
        double top = label.baseline() - 0.83 * FONT;
        return new double[] {left, top, left + width, top + label.lines().size() * label.lineHeight()};
    }

    private static boolean covers(double[] box, Marker marker) {
        double radius = 0.6 * FONT;
        return overlap(box, new double[] {marker.x() - radius, marker.y() - radius, marker.x() + radius,
                marker.y() + radius});
    }

    private static boolean overlap(double[] a, double[] b) {
        return Math.min(a[2], b[2]) - Math.max(a[0], b[0]) > 0.01 && Math.min(a[3], b[3]) - Math.max(a[1], b[1]) > 0.01;
    }
}
