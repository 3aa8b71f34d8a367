package de.willkommensakademie.base.privacy;

import java.sql.Clob;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a feature's rows about a person as plain maps for the export. Whole rows on purpose: a column a feature adds
 * later is exported without anyone remembering to. Values come out the same on H2 and PostgreSQL: time stamps as
 * ISO 8601 instants (UTC), dates as ISO dates, large texts as text; binary columns and secrets never (files go into
 * the export as files of their own), column names in camelCase like the JSON around them.
 */
@Component
public class PersonalRows {

    /** Never exported, whatever table they appear in. */
    private static final Set<String> SECRETS = Set.of("password_hash");

    private final JdbcTemplate jdbc;

    PersonalRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The rows of the query with its positional parameters, in the query's order. */
    public List<Map<String, Object>> rows(String sql, Object... parameters) {
        return jdbc.query(sql, (result, number) -> row(result, new HashMap<>()), parameters);
    }

    /** Rows and, read with them, the files they hold; see {@link #rowsWithFiles}. */
    public record RowsWithFiles(List<Map<String, Object>> rows, List<ExportFile> files) {
    }

    /**
     * The rows as {@link #rows} gives them and, from the very same read, the file each row holds in its binary column
     * {@code fileColumn}, named by {@code fileName} from the row and put into {@code folder} as {@link #files} does:
     * for tables whose rows carry a stored file (a certificate's PDF), so each file is read once, not once for the
     * records and again for the files.
     */
    public RowsWithFiles rowsWithFiles(String folder, String fileColumn, Function<Map<String, Object>, String> fileName,
            String sql, Object... parameters) {
        List<ExportFile> files = new ArrayList<>();
        List<Map<String, Object>> rows = jdbc.query(sql, (result, number) -> {
            Map<String, byte[]> binaries = new HashMap<>();
            Map<String, Object> row = row(result, binaries);
            byte[] content = binaries.get(fileColumn);
            if (content != null) {
                files.add(file(folder, fileName.apply(row), content));
            }
            return row;
        }, parameters);
        return new RowsWithFiles(rows, files);
    }

    /**
     * Stored files for the export: the query answers two columns, a file name and the bytes; each file goes into
     * {@code folder} under that name, characters other than letters, digits, dot and hyphen replaced.
     */
    public List<ExportFile> files(String folder, String sql, Object... parameters) {
        return jdbc.query(sql, (result, number) -> file(folder, result.getString(1), result.getBytes(2)), parameters);
    }

    private static ExportFile file(String folder, String name, byte[] content) {
        return new ExportFile(folder + "/" + name.replaceAll("[^A-Za-z0-9.-]", "_"), content);
    }

    /** One row without its secrets; binary values go to {@code binaries} by column name instead. */
    private static Map<String, Object> row(ResultSet result, Map<String, byte[]> binaries) throws SQLException {
        var meta = result.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            String name = meta.getColumnLabel(column).toLowerCase(Locale.ROOT);
            Object value = result.getObject(column);
            if (value instanceof byte[] content) {
                binaries.put(name, content);
            } else if (!SECRETS.contains(name)) {
                row.put(camelCase(name), plain(value));
            }
        }
        return row;
    }

    static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    private static Object plain(Object value) {
        try {
            return switch (value) {
                case null -> null;
                case Timestamp stamp -> stamp.toInstant().toString();
                case OffsetDateTime stamp -> stamp.toInstant().toString();
                case LocalDateTime stamp -> stamp.toInstant(ZoneOffset.UTC).toString();
                case Date date -> date.toLocalDate().toString();
                case Clob text -> text.getSubString(1, (int) text.length());
                case String text -> text;
                case Number number -> number;
                case Boolean flag -> flag;
                default -> value.toString();
            };
        } catch (SQLException unreadable) {
            throw new IllegalStateException("A large text of the export could not be read", unreadable);
        }
    }
}
