package de.willkommensakademie.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Anonymity by construction, read from the schema Flyway made: the tables that hold answers (counters, comments,
 * groups) have no column that could name a person or a participation and none that keeps a time, and they refer only
 * to the round; nothing refers to the participation rows, so no query can join who answered to what was answered.
 */
@SpringBootTest
@ActiveProfiles("test")
class AnonymityTest {

    static final Set<String> ANSWER_TABLES = Set.of("assessment_tally", "assessment_comment", "assessment_group");
    private static final Set<Integer> TIME_TYPES = Set.of(Types.DATE, Types.TIME, Types.TIMESTAMP,
            Types.TIME_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE);
    private static final List<String> PERSONAL_WORDS = List.of("employee", "participation", "person", "user",
            "respondent_id", "account", "created", "updated", "_at", "_on", "time", "date", "seq", "position");

    @Autowired
    DataSource dataSource;

    @Test
    void tables_with_answers_have_no_column_naming_a_person_a_participation_or_a_time() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : ANSWER_TABLES) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rows = meta.getColumns(null, null, name(meta, table), null)) {
                    while (rows.next()) {
                        String column = rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                        columns.add(column);
                        assertThat(TIME_TYPES).as(table + "." + column + " keeps a time")
                                .doesNotContain(rows.getInt("DATA_TYPE"));
                        assertThat(PERSONAL_WORDS).as(table + "." + column).noneMatch(column::contains);
                    }
                }
                assertThat(columns).as("columns of " + table).contains("round_id");
            }
        }
    }

    @Test
    void tables_with_answers_refer_only_to_the_round_and_nothing_refers_to_a_participation() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : ANSWER_TABLES) {
                try (ResultSet keys = meta.getImportedKeys(null, null, name(meta, table))) {
                    while (keys.next()) {
                        assertThat(keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT)).as(table + " refers to")
                                .isEqualTo("assessment_round");
                    }
                }
            }
            try (ResultSet keys = meta.getExportedKeys(null, null, name(meta, "assessment_participation"))) {
                List<String> referring = new ArrayList<>();
                while (keys.next()) {
                    referring.add(keys.getString("FKTABLE_NAME"));
                }
                assertThat(referring).as("tables referring to assessment_participation").isEmpty();
            }
            assertThat(primaryKey(meta, "assessment_comment")).as("a comment's key is its random id alone")
                    .containsExactly("id");
        }
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet keys = meta.getPrimaryKeys(null, null, name(meta, table))) {
            while (keys.next()) {
                columns.add(keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    /** H2 keeps unquoted names in upper case, PostgreSQL in lower case. */
    private static String name(DatabaseMetaData meta, String table) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }
}
