package de.willkommensakademie.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.assessment.RoundAnswers.Scale;
import de.willkommensakademie.learning.Cornerstone;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rounds with answers for results tests. The round starts through {@link AssessmentRounds} (as the signed-in admin) on
 * the shipped questionnaire; then its dates move into the past and its counters are set as if many people had answered
 * (the test authority has too few people to answer for real), including team and job-role groups.
 */
public final class ResultsFixture {

    public static final String SHIPPED = "willkommensbehoerde";

    private ResultsFixture() {
    }

    /** A whole-authority round that ran from {@code startsOn} to {@code endsOn}; the caller is signed in as admin. */
    public static long round(ApplicationContext context, String title, LocalDate startsOn, LocalDate endsOn) {
        long version = context.getBean(Questionnaires.class).newestShippedVersionId(SHIPPED).orElseThrow();
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        RoundInfo round = context.getBean(AssessmentRounds.class).start(new RoundForm(version, title, true, Set.of(),
                Set.of(), today, today.plusDays(7), null));
        context.getBean(JdbcTemplate.class).update("update assessment_round set starts_on = ?, ends_on = ? where id = ?",
                startsOn, endsOn, round.id());
        return round.id();
    }

    /**
     * One group's counters as if {@code current.length} people answered every statement alike: {@code current[i]} and
     * {@code importance[i]} are person i's ratings (0 = cannot judge).
     */
    public static void answers(ApplicationContext context, long roundId, GroupKind kind, long groupId, int asked,
            int[] current, int[] importance) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("delete from assessment_group where round_id = ? and group_kind = ? and group_id = ?", roundId,
                kind.name(), groupId);
        jdbc.update("insert into assessment_group (round_id, group_kind, group_id, asked, respondents)"
                + " values (?, ?, ?, ?, ?)", roundId, kind.name(), groupId, asked, current.length);
        List<String> keys = jdbc.queryForList("select distinct statement_key from assessment_tally where round_id = ?"
                + " and group_kind = 'ALL'", String.class, roundId);
        jdbc.update("delete from assessment_tally where round_id = ? and group_kind = ? and group_id = ?", roundId,
                kind.name(), groupId);
        for (String key : keys) {
            for (Scale scale : Scale.values()) {
                int[] counts = new int[6];
                for (int rating : scale == Scale.CURRENT ? current : importance) {
                    counts[rating]++;
                }
                for (int value = 0; value < counts.length; value++) {
                    jdbc.update("insert into assessment_tally (round_id, group_kind, group_id, statement_key, scale,"
                            + " rating, answers) values (?, ?, ?, ?, ?, ?, ?)", roundId, kind.name(), groupId, key,
                            scale.name(), value, counts[value]);
                }
            }
        }
    }

    public static void comment(ApplicationContext context, long roundId, Cornerstone cornerstone, String text) {
        context.getBean(JdbcTemplate.class).update("insert into assessment_comment (id, round_id, cornerstone, text)"
                + " values (?, ?, ?, ?)", UUID.randomUUID().toString(), roundId, cornerstone.name(), text);
    }
}
