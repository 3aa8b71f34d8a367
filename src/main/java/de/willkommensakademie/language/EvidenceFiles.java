package de.willkommensakademie.language;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The evidence file of a level, in its own table so that loading a level never reads the file (see V34). Runs in the
 * caller's transaction; the level row says whether a file is stored ({@code document_type}), and deleting a level
 * deletes its file (foreign key on delete cascade).
 */
@Component
class EvidenceFiles {

    private final JdbcClient jdbc;

    EvidenceFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the level's file, replacing the one it had: a level holds one document. */
    void replace(long levelId, byte[] document) {
        jdbc.sql("delete from language_evidence where level_id = :level").param("level", levelId).update();
        jdbc.sql("insert into language_evidence (level_id, document) values (:level, :document)")
                .param("level", levelId).param("document", document).update();
    }

    Optional<byte[]> read(long levelId) {
        return jdbc.sql("select document from language_evidence where level_id = :level").param("level", levelId)
                .query(byte[].class).optional();
    }
}
