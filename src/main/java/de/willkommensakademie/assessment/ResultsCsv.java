package de.willkommensakademie.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import de.willkommensakademie.assessment.RoundFigures.CornerstoneFigures;
import de.willkommensakademie.assessment.RoundFigures.GroupFigures;
import de.willkommensakademie.assessment.RoundFigures.StatementFigures;
import de.willkommensakademie.base.SpreadsheetCells;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.visibility.PeopleCount;
import de.willkommensakademie.visibility.VisibilityRules;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The aggregated figures of a round as CSV, like the team progress export: semicolon-separated, UTF-8 with a byte
 * order mark, formula-like cells neutralised. One row per cornerstone and statement for the whole round, then the same
 * for each group the viewer may see. There is no per-person data to write; hidden figures say "fewer than 5" here too.
 */
final class ResultsCsv {

    private ResultsCsv() {
    }

    static byte[] write(RoundReport report, Locale locale, BiFunction<String, Object[], String> translate) {
        Texts t = new Texts(locale, translate);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.tr("assessment.results.csv.group"), t.tr("assessment.results.csv.cornerstone"),
                t.tr("assessment.results.column.number"), t.tr("assessment.results.column.statement"),
                t.tr("assessment.results.csv.current-mean"), t.tr("assessment.results.csv.current-spread"),
                t.tr("assessment.results.csv.current-ratings"), t.tr("assessment.results.csv.importance-mean"),
                t.tr("assessment.results.csv.importance-spread"), t.tr("assessment.results.csv.importance-ratings"),
                t.tr("assessment.results.csv.responses"), t.tr("assessment.results.csv.cannot-judge-current"),
                t.tr("assessment.results.csv.cannot-judge-importance")));
        RoundFigures figures = report.figures();
        if (figures.shown()) {
            String whole = t.tr("assessment.results.group.all");
            rows(rows, whole, figures.cornerstones(), t, report.defaultLanguage());
            for (GroupFigures group : figures.groups()) {
                rows(rows, t.tr("assessment.results.group." + group.kind().name(), group.name().in(locale,
                        report.defaultLanguage())), group.cornerstones(), t, report.defaultLanguage());
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
            for (List<String> row : rows) {
                csv.printRecord(row.stream().map(SpreadsheetCells::neutralised).toList());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static void rows(List<List<String>> rows, String group, List<CornerstoneFigures> cornerstones, Texts t,
            String defaultLanguage) {
        for (CornerstoneFigures cornerstone : cornerstones) {
            String name = t.tr("cornerstone." + cornerstone.cornerstone().name());
            List<String> row = new ArrayList<>(List.of(group, name, "", t.tr("assessment.results.csv.all-statements")));
            row.addAll(t.summary(cornerstone.current()));
            row.addAll(t.summary(cornerstone.importance()));
            row.addAll(List.of("", "", ""));
            rows.add(row);
            for (StatementFigures statement : cornerstone.statements()) {
                List<String> line = new ArrayList<>(List.of(group, name, String.valueOf(statement.number()),
                        text(statement.text(), t.locale, defaultLanguage)));
                line.addAll(t.summary(statement.current()));
                line.addAll(t.summary(statement.importance()));
                line.addAll(List.of(String.valueOf(statement.responses()),
                        String.valueOf(statement.cannotJudgeCurrent()),
                        String.valueOf(statement.cannotJudgeImportance())));
                rows.add(line);
            }
        }
    }

    private static String text(Text text, Locale locale, String defaultLanguage) {
        return text.in(locale, defaultLanguage);
    }

    private record Texts(Locale locale, BiFunction<String, Object[], String> translate) {

        String tr(String key, Object... arguments) {
            return translate.apply(key, arguments);
        }

        /** Mean and spread with two decimals in the reader's notation, and the count; or "fewer than 5". */
        List<String> summary(RatingSummary summary) {
            if (!summary.shown()) {
                String hidden = tr(PeopleCount.FEWER_THAN_MIN_KEY, VisibilityRules.MIN_GROUP);
                return List.of(hidden, "", hidden);
            }
            return List.of(String.format(locale, "%.2f", summary.mean()), String.format(locale, "%.2f",
                    summary.spread()), String.valueOf(summary.count()));
        }
    }
}
