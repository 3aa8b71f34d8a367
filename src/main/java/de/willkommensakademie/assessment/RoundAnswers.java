package de.willkommensakademie.assessment;

import java.util.List;
import java.util.Map;

import de.willkommensakademie.learning.Cornerstone;

/**
 * Everything a round's answers are, as stored: counters per group, statement, scale and value, and the comments. There
 * is nothing per person to read. Results are computed from this; who may see which part is the results' rule.
 */
public record RoundAnswers(long roundId, List<GroupAnswers> groups, List<Comment> comments) {

    public RoundAnswers {
        groups = List.copyOf(groups);
        comments = List.copyOf(comments);
    }

    /** The groups a round reports on; {@link #ALL} has group id 0. */
    public enum GroupKind {
        ALL, TEAM, JOB_ROLE
    }

    /** The two scales each statement is rated on. */
    public enum Scale {
        CURRENT, IMPORTANCE
    }

    /**
     * One group's counters: how many were asked, how many answered, and per statement key the number of answers per
     * value on each scale.
     */
    public record GroupAnswers(GroupKind kind, long groupId, int asked, int respondents,
            Map<String, StatementCounts> byStatement) {

        public GroupAnswers {
            byStatement = Map.copyOf(byStatement);
        }
    }

    /**
     * Answers per value, index 0 = "cannot judge", 1–5 the ratings; {@code current} and {@code importance} have six
     * entries each.
     */
    public record StatementCounts(int[] current, int[] importance) {

        public StatementCounts {
            if (current.length != 6 || importance.length != 6) {
                throw new IllegalArgumentException("Six counters per scale: cannot judge and 1–5");
            }
            current = current.clone();
            importance = importance.clone();
        }

        public int[] of(Scale scale) {
            return (scale == Scale.CURRENT ? current : importance).clone();
        }
    }

    /** A comment on a cornerstone, without person or group. */
    public record Comment(Cornerstone cornerstone, String text) {
    }
}
