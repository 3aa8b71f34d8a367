package de.willkommensakademie.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The server-drawn graph picture: well-formed, every node drawn and labelled, endings coloured by outcome. */
class ScenarioGraphTest {

    @Test
    void the_graph_is_an_accessible_svg_with_every_node_and_edge() throws Exception {
        ScenarioContent scenario = ScenarioEngineTest.counter();
        String svg = ScenarioGraph.svg(scenario, Locale.ENGLISH, Map.of("GOOD", "Good", "POOR", "Poor",
                "ACCEPTABLE", "Acceptable"), "7 nodes, 4 endings");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("At the counter");
        assertThat(document.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("7 nodes, 4 endings");
        assertThat(document.getElementsByTagName("g").getLength()).isEqualTo(scenario.nodes().size());
        long edges = scenario.nodes().stream().mapToLong(node -> ScenarioRules.successors(node).size()).sum();
        assertThat(document.getElementsByTagName("line").getLength()).isEqualTo((int) edges);
        assertThat(svg).contains("class=\"node good\"", "fill=\"#d7efdd\"", "Good: good-end", "class=\"node poor\"",
                "stroke-dasharray");
    }

    @Test
    void labels_are_escaped() {
        String svg = ScenarioGraph.svg(TweeFormat.read("""
                :: StoryTitle
                <script>alert(1)</script>

                :: start [ending-good]
                ## A & B
                """, "x", "de"), Locale.GERMAN, Map.of(), "1 Knoten");
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;", "A &amp; B");
    }
}
