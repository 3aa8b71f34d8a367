package de.willkommensakademie.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows written straight into the round tables for tests of the counters, below the services: a questionnaire with one
 * version (its content is not read here) and a round on it. Ids far above what the sequences hand out.
 */
final class RoundFixtures {

    private static final AtomicLong IDS = new AtomicLong(880_000_000L + (System.nanoTime() % 1_000_000) * 10);

    private RoundFixtures() {
    }

    /** A round of the authority on a questionnaire of its own, running from yesterday for a month. */
    static long round(JdbcTemplate jdbc, long authorityId) {
        long questionnaire = IDS.incrementAndGet();
        long version = IDS.incrementAndGet();
        long round = IDS.incrementAndGet();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into questionnaire (id, version, questionnaire_key, authority_id, status, shared, title_de,"
                + " title_en, draft, published_version, updated_at) values (?, 0, ?, ?, 'PUBLISHED', false, 'Test',"
                + " 'Test', '{}', 1, ?)", questionnaire, "fixture-" + questionnaire, authorityId, now);
        jdbc.update("insert into questionnaire_version (id, version, questionnaire_id, number, content, published_at)"
                + " values (?, 0, ?, 1, '{}', ?)", version, questionnaire, now);
        LocalDate today = LocalDate.now();
        jdbc.update("insert into assessment_round (id, version, authority_id, questionnaire_version_id, title,"
                + " whole_authority, starts_on, ends_on, reminder_sent, created_at) values (?, 0, ?, ?, 'Runde', true,"
                + " ?, ?, false, ?)", round, authorityId, version, today.minusDays(1), today.plusMonths(1), now);
        return round;
    }
}
