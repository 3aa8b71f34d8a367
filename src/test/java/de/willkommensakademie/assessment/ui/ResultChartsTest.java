package de.willkommensakademie.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import de.willkommensakademie.assessment.MatrixLabels;
import de.willkommensakademie.assessment.RoundFigures.Quadrant;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The radar chart and priority matrix: well-formed, titled and described, texts escaped, the table matching. */
class ResultChartsTest {

    private static final String NASTY = "Formulare <b>mehrsprachig</b> & \"verständlich\"";

    private static final RadarChart.Texts RADAR = new RadarChart.Texts("Eckpunkte <im> Überblick",
            "Mittelwerte & Wichtigkeit", "Stand heute", "Wichtigkeit", "Eckpunkt", "weniger als 5");

    private static final PriorityMatrix.Texts MATRIX = new PriorityMatrix.Texts("Prioritäten", "Wo handeln",
            "Stand heute", "Wichtigkeit", "Nr.", "Aussage", "Feld",
            List.of("Jetzt handeln", "Stärken halten", "Beobachten", "Genug getan"));

    static Document parse(String markup) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup)));
    }

    static List<String> cells(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int index = 0; index < nodes.getLength(); index++) {
            texts.add(nodes.item(index).getTextContent());
        }
        return texts;
    }

    static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void the_radar_chart_has_title_description_both_series_and_the_table_of_its_numbers() throws Exception {
        List<RadarChart.Axis> axes = List.of(new RadarChart.Axis("Selbstverständnis", 3.44, 4.5),
                new RadarChart.Axis(NASTY, 2.0, 4.04), new RadarChart.Axis("Kompetenzen", null, 3.0),
                new RadarChart.Axis("Vernetzung", 4.96, 2.2), new RadarChart.Axis("Organisation", 1.0, 5.0));

        String html = RadarChart.html("radar", axes, RADAR, Locale.GERMAN);
        Document document = parse(html);

        assertThat(cells(document, "title")).containsExactly("Eckpunkte <im> Überblick");
        assertThat(cells(document, "desc")).containsExactly("Mittelwerte & Wichtigkeit");
        assertThat(html).contains("aria-labelledby=\"radar-title radar-desc\"", "role=\"img\"")
                .contains("Formulare &lt;b&gt;mehrsprachig&lt;/b&gt; &amp; &quot;verständlich&quot;")
                .doesNotContain("<b>");
        assertThat(count(html, "class=\"" + RadarChart.CURRENT_CLASS + "\"")).isEqualTo(1);
        assertThat(count(html, "class=\"" + RadarChart.IMPORTANCE_CLASS + "\"")).isEqualTo(1);
        assertThat(count(html, "<circle")).as("a marker per shown current mean, one in the legend").isEqualTo(4 + 1);
        assertThat(cells(document, "td")).containsExactly("3,4", "4,5", "2,0", "4,0", "weniger als 5", "3,0", "5,0",
                "2,2", "1,0", "5,0");
        assertThat(cells(document, "th")).contains(NASTY, "Eckpunkt", "Stand heute", "Wichtigkeit");
        assertThat(cells(parse(RadarChart.html("radar", axes, RADAR, Locale.ENGLISH)), "td")).startsWith("3.4", "4.5");
    }

    @Test
    void the_priority_matrix_names_every_quadrant_marks_act_now_and_tables_each_statement() throws Exception {
        List<PriorityMatrix.Point> points = List.of(new PriorityMatrix.Point(1, NASTY, 2.25, 4.5, Quadrant.ACT_NOW),
                new PriorityMatrix.Point(2, "Leitbild", 4.0, 3.75, Quadrant.KEEP_UP),
                new PriorityMatrix.Point(3, "Netzwerk", 2.0, 2.0, Quadrant.WATCH));

        String html = PriorityMatrix.html("matrix", points, MATRIX, Locale.GERMAN);
        Document document = parse(html);

        assertThat(cells(document, "desc")).containsExactly("Wo handeln");
        assertThat(cells(document, "title")).containsExactly("Prioritäten", "1. " + NASTY, "2. Leitbild",
                "3. Netzwerk");
        assertThat(html).doesNotContain("<b>").contains("&quot;verständlich&quot;");
        assertThat(cells(document, "text")).contains("Jetzt handeln", "Stärken halten", "Beobachten", "Genug getan");
        assertThat(count(html, "class=\"" + PriorityMatrix.POINT_CLASS + "\"")).isEqualTo(3);
        assertThat(count(html, "class=\"" + PriorityMatrix.ACT_NOW_CLASS + "\"")).isEqualTo(1);
        assertThat(count(html, "<polygon")).as("act now is a diamond, not only a colour").isEqualTo(1);
        assertThat(cells(document, "td")).containsExactly("1", "2,3", "4,5", "Jetzt handeln", "2", "4,0", "3,8",
                "Stärken halten", "3", "2,0", "2,0", "Beobachten");
        assertThat(cells(document, "th")).contains(NASTY, "Leitbild", "Netzwerk");
    }

    @Test
    void statements_with_equal_means_share_one_marker_that_names_them_all() throws Exception {
        List<PriorityMatrix.Point> points = List.of(new PriorityMatrix.Point(3, "Dolmetscher", 2.5, 4.0, Quadrant.ACT_NOW),
                new PriorityMatrix.Point(7, "Formulare", 2.5, 4.0, Quadrant.ACT_NOW),
                new PriorityMatrix.Point(9, "Leitbild", 4.0, 4.0, Quadrant.KEEP_UP));

        String html = PriorityMatrix.html("matrix", points, MATRIX, Locale.GERMAN);
        Document document = parse(html);

        assertThat(count(html, "class=\"" + PriorityMatrix.POINT_CLASS + "\"")).isEqualTo(2);
        assertThat(cells(document, "text")).contains("3, 7", "9");
        assertThat(MatrixLabels.numberLines(List.of(1, 2, 3, 4, 5, 6))).containsExactly("1, 2, 3, 4", "5, 6");
        assertThat(cells(document, "title")).contains("3. Dolmetscher\n7. Formulare");
        assertThat(cells(document, "tr")).as("the table still has a row per statement").hasSize(1 + 3);
    }

    @Test
    void numbers_of_markers_close_together_are_written_where_they_cover_no_other_marker_or_number() throws Exception {
        // three markers a few pixels apart: the second's number cannot go right (the third's marker is there)
        List<PriorityMatrix.Point> points = List.of(new PriorityMatrix.Point(1, "a", 3.50, 4.0, Quadrant.KEEP_UP),
                new PriorityMatrix.Point(2, "b", 3.55, 4.0, Quadrant.KEEP_UP),
                new PriorityMatrix.Point(3, "c", 3.60, 4.0, Quadrant.KEEP_UP));
        Document svg = parse(PriorityMatrix.svg("m", points, MATRIX));
        NodeList texts = svg.getElementsByTagName("text");
        List<double[]> labels = new ArrayList<>();
        for (int index = 0; index < texts.getLength(); index++) {
            Element text = (Element) texts.item(index);
            if (text.getTextContent().matches("[123]") && text.getParentNode() instanceof Element group
                    && group.getAttribute("class").equals(PriorityMatrix.POINT_CLASS)) {
                double x = Double.parseDouble(text.getAttribute("x"));
                double left = switch (text.getAttribute("text-anchor")) {
                    case "end" -> x - 7;
                    case "middle" -> x - 3.5;
                    default -> x;
                };
                labels.add(new double[] {left, Double.parseDouble(text.getAttribute("y")) - 10});
            }
        }
        assertThat(labels).hasSize(3);
        for (int one = 0; one < labels.size(); one++) {
            for (int other = one + 1; other < labels.size(); other++) {
                boolean apart = Math.abs(labels.get(one)[0] - labels.get(other)[0]) >= 7
                        || Math.abs(labels.get(one)[1] - labels.get(other)[1]) >= 13;
                assertThat(apart).as("numbers %d and %d apart", one + 1, other + 1).isTrue();
            }
        }
    }
}
