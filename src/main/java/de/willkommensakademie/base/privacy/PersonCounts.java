package de.willkommensakademie.base.privacy;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The answer of a "due" query whose rows are (person id, count), as {@link PersonalDataRetention#due} wants it. */
public final class PersonCounts {

    private PersonCounts() {
    }

    /** Runs the query; rows are (person id, count), in person order. */
    public static Map<Long, Long> of(JdbcClient.StatementSpec query) {
        Map<Long, Long> counts = new TreeMap<>();
        query.query((row, number) -> counts.put(row.getLong(1), row.getLong(2))).list();
        return counts;
    }
}
