package de.willkommensakademie.scenario.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import de.willkommensakademie.scenario.ScenarioContent;
import de.willkommensakademie.scenario.ScenarioResults;
import de.willkommensakademie.scenario.ScenarioStatistics;

/** How often each choice was taken and each ending reached, or "too few plays" below the privacy threshold. */
class ScenarioStatisticsDialog extends Dialog {

    ScenarioStatisticsDialog(ScenarioStatistics statistics, Locale locale) {
        ScenarioContent content = statistics.content();
        String language = content.defaultLanguage();
        setHeaderTitle(getTranslation("scenario.statistics.title", content.title().in(locale, language)));
        setWidth("min(56rem, 100vw)");
        add(new Paragraph(getTranslation("scenario.statistics.explanation", ScenarioResults.MIN_PLAYERS,
                statistics.versionNumber(), statistics.players())));
        if (!statistics.shown()) {
            add(new Paragraph(getTranslation("scenario.statistics.too-few")));
        } else {
            NativeTable endings = table("scenario.statistics.ending");
            for (Map.Entry<String, Long> ending : statistics.endings().entrySet()) {
                String title = content.node(ending.getKey()).map(node -> getTranslation("scenarios.outcome."
                        + node.outcome().name()) + ": " + node.title().in(locale, language)).orElse(ending.getKey());
                row(endings, title, ending.getValue());
            }
            add(new H3(getTranslation("scenario.statistics.endings")), endings);
            for (Map.Entry<String, Map<Integer, Long>> node : statistics.choices().entrySet()) {
                ScenarioContent.Node choicePoint = content.node(node.getKey()).orElse(null);
                NativeTable choices = table("scenario.statistics.choice");
                node.getValue().forEach((index, count) -> row(choices, choicePoint == null
                        || index >= choicePoint.choices().size() ? "#" + (index + 1)
                        : choicePoint.choices().get(index).text().in(locale, language), count));
                add(new H3(getTranslation("scenario.where.node", node.getKey())), choices);
            }
        }
        getFooter().add(new Button(getTranslation("action.close"), event -> close()));
    }

    private NativeTable table(String firstColumnKey) {
        NativeTable table = new NativeTable();
        table.addClassName("statistics-table");
        NativeTableRow header = table.getHead().addRow();
        header.addHeaderCell().setText(getTranslation(firstColumnKey));
        header.addHeaderCell().setText(getTranslation("scenario.statistics.count"));
        return table;
    }

    private static void row(NativeTable table, String label, long count) {
        NativeTableRow row = table.getBody().addRow();
        row.addDataCell().setText(label);
        row.addDataCell().setText(String.valueOf(count));
    }
}
