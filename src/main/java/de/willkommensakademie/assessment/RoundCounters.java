package de.willkommensakademie.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.willkommensakademie.assessment.RoundAnswers.Comment;
import de.willkommensakademie.assessment.RoundAnswers.GroupAnswers;
import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.assessment.RoundAnswers.Scale;
import de.willkommensakademie.assessment.RoundAnswers.StatementCounts;
import de.willkommensakademie.learning.Cornerstone;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The anonymous side of a round (V30): group rows and counters, all made when the round starts and afterwards only
 * incremented, and comments under a random id. Nothing written here names a person, a participation or a time, so
 * the counters cannot be joined to who answered. No access checks: the services decide who may call.
 */
@Component
class RoundCounters {

    /** Values per scale: 0 = cannot judge, 1–5 the ratings. */
    static final int VALUES = 6;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RoundCounters(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Creates the round's groups with how many were asked in each, and for every group a counter at 0 per statement,
     * scale and value. The caller decides which groups are large enough to have counters.
     */
    void open(long roundId, Map<RoundGroup, Integer> asked, Collection<String> statementKeys) {
        List<Object[]> groups = new ArrayList<>();
        List<Object[]> counters = new ArrayList<>();
        asked.forEach((group, people) -> {
            groups.add(new Object[] {roundId, group.kind().name(), group.id(), people});
            for (String statement : statementKeys) {
                for (Scale scale : Scale.values()) {
                    for (int value = 0; value < VALUES; value++) {
                        counters.add(new Object[] {roundId, group.kind().name(), group.id(), statement, scale.name(),
                                value});
                    }
                }
            }
        });
        batch.batchUpdate("insert into assessment_group (round_id, group_kind, group_id, asked, respondents)"
                + " values (?, ?, ?, ?, 0)", groups);
        batch.batchUpdate("insert into assessment_tally (round_id, group_kind, group_id, statement_key, scale, rating,"
                + " answers) values (?, ?, ?, ?, ?, ?, 0)", counters);
    }

    /** The statement keys the round counts, from its counters (those of the whole round). */
    Set<String> statementKeys(long roundId) {
        return Set.copyOf(jdbc.sql("select distinct statement_key from assessment_tally where round_id = :round"
                + " and group_kind = 'ALL'").param("round", roundId).query(String.class).list());
    }

    /** The groups of the round that have counters. */
    Set<RoundGroup> groups(long roundId) {
        return Set.copyOf(jdbc.sql("select group_kind, group_id from assessment_group where round_id = :round")
                .param("round", roundId)
                .query((row, n) -> new RoundGroup(GroupKind.valueOf(row.getString(1)), row.getLong(2))).list());
    }

    /**
     * Adds one answer sheet to each of {@code groups}: one more respondent, and per statement one more answer at the
     * given value on each scale ({@code ratings}: statement key to {current, importance}). Every counter must exist.
     */
    void count(long roundId, Collection<RoundGroup> groups, Map<String, int[]> ratings) {
        List<Object[]> respondents = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        for (RoundGroup group : groups) {
            respondents.add(new Object[] {roundId, group.kind().name(), group.id()});
            ratings.forEach((statement, values) -> {
                answers.add(new Object[] {roundId, group.kind().name(), group.id(), statement, Scale.CURRENT.name(),
                        values[0]});
                answers.add(new Object[] {roundId, group.kind().name(), group.id(), statement,
                        Scale.IMPORTANCE.name(), values[1]});
            });
        }
        requireEach(batch.batchUpdate("update assessment_group set respondents = respondents + 1"
                + " where round_id = ? and group_kind = ? and group_id = ?", respondents));
        requireEach(batch.batchUpdate("update assessment_tally set answers = answers + 1 where round_id = ?"
                + " and group_kind = ? and group_id = ? and statement_key = ? and scale = ? and rating = ?", answers));
    }

    /** Stores a comment on a cornerstone under a random id: neither person, group nor time, and no order. */
    void comment(long roundId, Cornerstone cornerstone, String text) {
        jdbc.sql("insert into assessment_comment (id, round_id, cornerstone, text) values (:id, :round, :cornerstone,"
                + " :text)").param("id", UUID.randomUUID().toString()).param("round", roundId)
                .param("cornerstone", cornerstone.name()).param("text", text).update();
    }

    /** Asked and respondents of the whole round, per round id (rounds without groups are absent). */
    Map<Long, int[]> totals(Collection<Long> roundIds) {
        if (roundIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, int[]> totals = new HashMap<>();
        jdbc.sql("select round_id, asked, respondents from assessment_group where group_kind = 'ALL'"
                + " and round_id in (:rounds)").param("rounds", roundIds)
                .query(row -> {
                    totals.put(row.getLong(1), new int[] {row.getInt(2), row.getInt(3)});
                });
        return totals;
    }

    /** Everything stored of the round's answers; comments in the order of their random ids. */
    RoundAnswers answers(long roundId) {
        Map<RoundGroup, int[]> people = new LinkedHashMap<>();
        jdbc.sql("select group_kind, group_id, asked, respondents from assessment_group where round_id = :round"
                + " order by group_kind, group_id").param("round", roundId)
                .query(row -> {
                    people.put(new RoundGroup(GroupKind.valueOf(row.getString(1)), row.getLong(2)),
                            new int[] {row.getInt(3), row.getInt(4)});
                });
        Map<RoundGroup, Map<String, int[][]>> counts = new HashMap<>();
        jdbc.sql("select group_kind, group_id, statement_key, scale, rating, answers from assessment_tally"
                + " where round_id = :round").param("round", roundId)
                .query(row -> {
                    RoundGroup group = new RoundGroup(GroupKind.valueOf(row.getString(1)), row.getLong(2));
                    int[][] statement = counts.computeIfAbsent(group, key -> new HashMap<>())
                            .computeIfAbsent(row.getString(3), key -> new int[2][VALUES]);
                    statement[Scale.valueOf(row.getString(4)).ordinal()][row.getInt(5)] = row.getInt(6);
                });
        List<GroupAnswers> groups = people.entrySet().stream().map(entry -> new GroupAnswers(entry.getKey().kind(),
                entry.getKey().id(), entry.getValue()[0], entry.getValue()[1],
                counts.getOrDefault(entry.getKey(), Map.of()).entrySet().stream().collect(Collectors.toMap(
                        Map.Entry::getKey, statement -> new StatementCounts(statement.getValue()[0],
                                statement.getValue()[1]))))).toList();
        List<Comment> comments = jdbc.sql("select cornerstone, text from assessment_comment where round_id = :round"
                + " order by id").param("round", roundId)
                .query((row, n) -> new Comment(Cornerstone.valueOf(row.getString(1)), row.getString(2))).list();
        return new RoundAnswers(roundId, groups, comments);
    }

    private static void requireEach(int[] updated) {
        for (int rows : updated) {
            // JDBC drivers may answer SUCCESS_NO_INFO (-2) for a batched statement; 0 means a missing counter
            if (rows == 0) {
                throw new IllegalStateException("A counter of the round is missing");
            }
        }
    }
}
