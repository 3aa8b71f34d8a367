package de.willkommensakademie.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import de.willkommensakademie.base.SpreadsheetCells;
import de.willkommensakademie.base.i18n.Translations;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** What the audit log and the access log share: texts cut to their column, days as instants, and the CSV export. */
final class Logs {

    private Logs() {
    }

    /** A text cut to its column's length; a log entry is never refused for a long name or title. */
    static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** From the start of {@code from} to the end of {@code to}, days counted in {@code zone}; either end may be open. */
    static List<Predicate> withinDays(CriteriaBuilder where, Expression<Instant> at, LocalDate from, LocalDate to,
            ZoneId zone) {
        List<Predicate> within = new ArrayList<>();
        if (from != null) {
            within.add(where.greaterThanOrEqualTo(at, from.atStartOfDay(zone).toInstant()));
        }
        if (to != null) {
            within.add(where.lessThan(at, to.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return within;
    }

    /** Entries read per query when exporting: an export never holds the whole log in memory as entities. */
    static final int EXPORT_PAGE = 500;


    /** A CSV file and how many entries it holds (the header not counted). */
    record Csv(byte[] bytes, long rows) {
    }

    /**
     * Entries as CSV, read page by page through {@code pages}: UTF-8 with a byte order mark so spreadsheet programs
     * read the umlauts, semicolons in German and commas in English as those programs expect, and no cell that a
     * spreadsheet would take for a formula (names and titles are typed by people).
     */
    static <T> Csv csv(Locale language, List<String> header, Function<Pageable, Page<T>> pages,
            Function<T, List<?>> row) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long rows = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(Translations.supported(language).equals(Translations.ENGLISH) ? ',' : ';')
                .setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Page<T> page = pages.apply(PageRequest.of(0, EXPORT_PAGE));
            while (true) {
                for (T entry : page) {
                    csv.printRecord(row.apply(entry).stream().map(Logs::harmless).toList());
                    rows++;
                }
                if (!page.hasNext()) {
                    break;
                }
                page = pages.apply(page.nextPageable());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return new Csv(bytes.toByteArray(), rows);
    }

    /** A text that would start a formula gets a leading apostrophe (CSV injection); anything else stays. */
    private static Object harmless(Object cell) {
        return cell instanceof String text ? SpreadsheetCells.neutralised(text) : cell;
    }
}
