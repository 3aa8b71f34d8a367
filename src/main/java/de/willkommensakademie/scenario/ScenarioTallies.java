package de.willkommensakademie.scenario;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts of role-play attempts that retention or erasure took apart: choices from transcripts that were cleared,
 * endings and players of attempts that were deleted. {@link ScenarioResults} adds them to what the remaining attempts
 * give, so a trainer's statistics keep their numbers.
 */
@Component
class ScenarioTallies {

    static final String CHOICE = "CHOICE";
    static final String ENDING = "ENDING";
    static final String PLAYER = "PLAYER";

    /** What was counted away for one authority and version. */
    record Counted(long players, Map<String, Map<Integer, Long>> choices, Map<String, Long> endings) {
    }

    private final JdbcClient jdbc;

    ScenarioTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Counted read(long authorityId, long versionId) {
        long[] players = {0};
        Map<String, Map<Integer, Long>> choices = new TreeMap<>();
        Map<String, Long> endings = new TreeMap<>();
        jdbc.sql("select kind, node, choice, tally from scenario_tally where authority_id = :authority"
                + " and scenario_version = :version").param("authority", authorityId).param("version", versionId)
                .query((row, n) -> {
                    switch (row.getString(1)) {
                        case CHOICE -> choices.computeIfAbsent(row.getString(2), node -> new TreeMap<>())
                                .merge(row.getInt(3), row.getLong(4), Long::sum);
                        case ENDING -> endings.merge(row.getString(2), row.getLong(4), Long::sum);
                        default -> players[0] += row.getLong(4);
                    }
                    return n;
                }).list();
        return new Counted(players[0], choices, endings);
    }

    void add(long authorityId, long versionId, String kind, String node, int choice, long count) {
        int updated = jdbc.sql("""
                update scenario_tally set tally = tally + :count where authority_id = :authority
                  and scenario_version = :version and kind = :kind and node = :node and choice = :choice""")
                .param("count", count).param("authority", authorityId).param("version", versionId)
                .param("kind", kind).param("node", node).param("choice", choice).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into scenario_tally (authority_id, scenario_version, kind, node, choice, tally)
                    values (:authority, :version, :kind, :node, :choice, :count)""").param("count", count)
                    .param("authority", authorityId).param("version", versionId).param("kind", kind)
                    .param("node", node).param("choice", choice).update();
        }
    }
}
