package de.willkommensakademie.base.privacy;

import java.sql.Clob;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
        return jdbc.query(sql, (result, number) -> {
            var meta = result.getMetaData();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                String name = meta.getColumnLabel(column).toLowerCase(Locale.ROOT);
                Object value = result.getObject(column);
                if (SECRETS.contains(name) || value instanceof byte[]) {
                    continue;
                }
                row.put(camelCase(name), plain(value));
            }
            return row;
        }, parameters);
    }

    /**
     * Stored files for the export: the query answers two columns, a file name and the bytes; each file goes into
     * {@code folder} under that name, characters other than letters, digits, dot and hyphen replaced.
     */
    public List<ExportFile> files(String folder, String sql, Object... parameters) {
        return jdbc.query(sql, (result, number) -> new ExportFile(folder + "/"
                + result.getString(1).replaceAll("[^A-Za-z0-9.-]", "_"), result.getBytes(2)), parameters);
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
