package de.willkommensakademie.people;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the raw cells of an employee import file: UTF-8 (with or without BOM), comma or semicolon separated (German
 * spreadsheet programs write semicolons), a header line naming the columns. Problems with the file as a whole end the
 * reading; problems of single cells are left to the validation.
 */
final class EmployeeCsvReader {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 2000;

    /** The cells of one data line, by column. */
    record Line(int number, Map<ImportColumn, String> cells) {
        String get(ImportColumn column) {
            return cells.getOrDefault(column, "");
        }
    }

    record Result(List<Line> lines, List<ImportProblem> problems) {
    }

    private EmployeeCsvReader() {
    }

    static Result read(byte[] content) {
        if (content == null || content.length == 0) {
            return failed(ImportProblem.ofFile("import.problem.empty"));
        }
        if (content.length > MAX_BYTES) {
            return failed(ImportProblem.ofFile("import.problem.too-large", String.valueOf(MAX_BYTES / 1024)));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return failed(ImportProblem.ofFile("import.problem.encoding"));
        }
        if (text.indexOf('\0') >= 0) {
            return failed(ImportProblem.ofFile("import.problem.binary"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return failed(ImportProblem.ofFile("import.problem.empty"));
        }
        String headerLine = text.lines().findFirst().orElse("");
        char delimiter = headerLine.chars().filter(c -> c == ';').count() >= headerLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return readRecords(parser);
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            return failed(ImportProblem.ofFile("import.problem.malformed", String.valueOf(malformed.getMessage())));
        }
    }

    private static Result readRecords(CSVParser parser) throws IOException {
        List<ImportProblem> problems = new ArrayList<>();
        var records = parser.iterator();
        if (!records.hasNext()) {
            return failed(ImportProblem.ofFile("import.problem.empty"));
        }
        CSVRecord header = records.next();
        long lineAfterPrevious = parser.getCurrentLineNumber();
        Map<Integer, ImportColumn> columnsByIndex = new HashMap<>();
        Map<ImportColumn, Integer> seen = new EnumMap<>(ImportColumn.class);
        for (int index = 0; index < header.size(); index++) {
            String name = header.get(index);
            var column = ImportColumn.forHeader(name);
            if (column.isEmpty()) {
                problems.add(ImportProblem.at(1, name, "import.problem.unknown-column", name));
            } else if (seen.putIfAbsent(column.get(), index) != null) {
                problems.add(ImportProblem.at(1, name, "import.problem.duplicate-column", name));
            } else {
                columnsByIndex.put(index, column.get());
            }
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required && !seen.containsKey(column)) {
                problems.add(ImportProblem.at(1, column.header, "import.problem.missing-column", column.header));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        List<Line> lines = new ArrayList<>();
        while (records.hasNext()) {
            CSVRecord record = records.next();
            int lineNumber = (int) lineAfterPrevious + 1;
            lineAfterPrevious = parser.getCurrentLineNumber();
            if (lines.size() == MAX_ROWS) {
                return failed(ImportProblem.ofFile("import.problem.too-many-rows", String.valueOf(MAX_ROWS)));
            }
            if (record.size() != header.size()) {
                problems.add(ImportProblem.at(lineNumber, null, "import.problem.cell-count",
                        String.valueOf(record.size()), String.valueOf(header.size())));
                continue;
            }
            Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
            columnsByIndex.forEach((index, column) -> cells.put(column, record.get(index)));
            lines.add(new Line(lineNumber, cells));
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile("import.problem.no-rows"));
        }
        return new Result(lines, problems);
    }

    private static Result failed(ImportProblem problem) {
        return new Result(List.of(), List.of(problem));
    }
}
