package de.willkommensakademie.team;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.willkommensakademie.audit.AccessKind;
import de.willkommensakademie.audit.AccessLog;
import de.willkommensakademie.base.SpreadsheetCells;
import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.team.Matrix.Column;
import de.willkommensakademie.team.Matrix.PersonRow;
import de.willkommensakademie.team.Matrix.TeamRow;
import jakarta.annotation.security.RolesAllowed;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team progress matrix as a file, exactly as the screen shows it for the same filter: the same columns, the
 * cells in words and a totals row; under "totals only" the teams with their counts and no name. Every person in a
 * file is written to the access log ("exported"), in the same transaction as the export.
 */
@Service
public class ProgressExport {

    private final TeamProgress progress;
    private final AccessLog accessLog;
    private final Translations translations;

    ProgressExport(TeamProgress progress, AccessLog accessLog, Translations translations) {
        this.progress = progress;
        this.accessLog = accessLog;
        this.translations = translations;
    }

    /**
     * Semicolon-separated, UTF-8 with a byte order mark so spreadsheet programs read the umlauts; a cell that a
     * spreadsheet would take for a formula (= + - @ tab, carriage return) starts with an apostrophe.
     */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional
    public byte[] csv(ProgressFilter filter, Locale locale) {
        List<List<String>> table = table(filter, locale, "CSV");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
            for (List<String> row : table) {
                csv.printRecord(row.stream().map(ProgressExport::neutralised).toList());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    /** The same table as an Excel workbook; every cell is text, so nothing in it is ever evaluated. */
    @RolesAllowed({Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional
    public byte[] xlsx(ProgressFilter filter, Locale locale) {
        Locale language = Translations.supported(locale);
        List<List<String>> table = table(filter, language, "XLSX");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Willkommensakademie", "1.0");
            Worksheet sheet = workbook.newWorksheet(translations.getTranslation("progress.export.sheet", language));
            for (int row = 0; row < table.size(); row++) {
                List<String> cells = table.get(row);
                for (int column = 0; column < cells.size(); column++) {
                    sheet.value(row, column, cells.get(column));
                    if (row == 0 || row == table.size() - 1 && table.size() > 1) {
                        sheet.style(row, column).bold().set();
                    }
                }
            }
            sheet.freezePane(1, 1);
            workbook.finish();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    /** Header, one row per person (or team) and a totals row; only the header when nothing is selected. */
    private List<List<String>> table(ProgressFilter filter, Locale locale, String format) {
        Locale language = Translations.supported(locale);
        Matrix matrix = progress.matrix(filter);
        ProgressTexts texts = new ProgressTexts(language,
                (key, arguments) -> translations.getTranslation(key, language, arguments));
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>();
        if (matrix.namesShown()) {
            header.addAll(List.of(t(language, "progress.column.name"), t(language, "progress.column.team"),
                    t(language, "progress.column.job-role")));
        } else {
            header.addAll(List.of(t(language, "progress.column.team"), t(language, "progress.column.people")));
        }
        for (Column column : matrix.columns()) {
            header.add(texts.title(column, language) + " (" + texts.kind(column) + ")");
        }
        header.add(t(language, "progress.column.total"));
        table.add(header);
        if (matrix.isEmpty()) {
            return table;
        }
        if (matrix.namesShown()) {
            for (PersonRow person : matrix.people()) {
                List<String> row = new ArrayList<>(List.of(person.name(), nullToEmpty(person.team()),
                        nullToEmpty(person.jobRole(language))));
                for (int position = 0; position < matrix.columns().size(); position++) {
                    row.add(texts.cell(matrix.columns().get(position), person.cells().get(position)));
                }
                row.add(texts.totals(person.totals()));
                table.add(row);
            }
            accessLog.record(AccessKind.EXPORTED, matrix.people().stream().map(PersonRow::id).toList(), format);
        } else {
            for (TeamRow team : matrix.teams()) {
                List<String> row = new ArrayList<>(List.of(nullToEmpty(team.team()), texts.people(team.people())));
                team.cells().forEach(cell -> row.add(texts.totals(cell)));
                row.add(texts.totals(team.totals()));
                table.add(row);
            }
        }
        List<String> totals = new ArrayList<>();
        totals.add(t(language, "progress.totals.row"));
        totals.add("");
        if (matrix.namesShown()) {
            totals.add("");
        }
        matrix.columns().forEach(column -> totals.add(texts.totals(column.totals())));
        totals.add(texts.totals(matrix.total()));
        table.add(totals);
        return table;
    }

    /** A spreadsheet program must never take a cell for a formula or a command. */
    static String neutralised(String cell) {
        return SpreadsheetCells.neutralised(cell);
    }

    private String t(Locale locale, String key) {
        return translations.getTranslation(key, locale);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
