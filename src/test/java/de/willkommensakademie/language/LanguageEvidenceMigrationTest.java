package de.willkommensakademie.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Locale;

import de.willkommensakademie.EmbeddedPostgresDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V34 moves the evidence files of existing installations out of language_level: on H2 and PostgreSQL, a level with a
 * file keeps it (same bytes, same type), a level without one gets none.
 */
class LanguageEvidenceMigrationTest {

    private static final byte[] SCAN = {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2, (byte) 255};

    @Test
    void evidence_files_move_to_their_own_table_on_h2() throws SQLException {
        movesEvidence("jdbc:h2:mem:evidence-migration;DB_CLOSE_DELAY=-1", "sa", """
                set referential_integrity false""");
    }

    @Test
    void evidence_files_move_to_their_own_table_on_postgres() throws SQLException {
        movesEvidence(EmbeddedPostgresDatabase.newDatabase("evidence_migration"), "postgres", """
                set session_replication_role = replica""");
    }

    /** {@code withoutForeignKeys}: the two levels are inserted without the authority and people they point at. */
    private static void movesEvidence(String url, String user, String withoutForeignKeys) throws SQLException {
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").target("32").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            connection.createStatement().execute(withoutForeignKeys);
            var insert = connection.prepareStatement("""
                    insert into language_level (id, version, authority_id, employee_id, language, overall,
                        first_language, evidence, document, document_type, status, updated_at)
                    values (?, 0, 1, ?, 'en', 'B2', false, 'TELC', ?, ?, 'SELF_REPORTED', ?)""");
            insert.setLong(1, 1);
            insert.setLong(2, 10);
            insert.setBytes(3, SCAN);
            insert.setString(4, "application/pdf");
            insert.setObject(5, OffsetDateTime.now());
            insert.executeUpdate();
            insert.setLong(1, 2);
            insert.setLong(2, 11);
            insert.setBytes(3, null);
            insert.setString(4, null);
            insert.setObject(5, OffsetDateTime.now());
            insert.executeUpdate();
        }

        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, user, "");
                ResultSet files = connection.createStatement().executeQuery("""
                        select e.level_id, e.document, l.document_type from language_evidence e
                        join language_level l on l.id = e.level_id order by e.level_id""")) {
            assertThat(files.next()).isTrue();
            assertThat(files.getLong(1)).isEqualTo(1);
            assertThat(files.getBytes(2)).isEqualTo(SCAN);
            assertThat(files.getString(3)).isEqualTo("application/pdf");
            assertThat(files.next()).as("the level without a file").isFalse();
            ResultSet columns = connection.getMetaData().getColumns(null, null, "%", "%");
            var levelColumns = new ArrayList<String>();
            while (columns.next()) {
                if (columns.getString("TABLE_NAME").equalsIgnoreCase("language_level")) {
                    levelColumns.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            assertThat(levelColumns).contains("document_type").doesNotContain("document");
        }
    }
}
