package de.willkommensakademie.assessment;

import java.util.List;

import de.willkommensakademie.assessment.QuestionnaireContent.Statement;
import de.willkommensakademie.assessment.RoundAnswers.Comment;
import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.assessment.RoundAnswers.Scale;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.visibility.VisibilityRules;

/**
 * A round's figures as a viewer may see them. Before {@link VisibilityRules#MIN_GROUP} people answered there is nothing
 * but the counts of asked and respondents; a figure from fewer than that many ratings is {@link RatingSummary#HIDDEN},
 * and only groups with at least that many respondents appear. Everything here may be shown, printed and exported as it
 * is.
 */
public record RoundFigures(int asked, int respondents, List<CornerstoneFigures> cornerstones,
        List<GroupFigures> groups, List<Disagreement> disagreements, List<Comment> comments) {

    /**
     * Spread (population standard deviation) from which a statement counts as disputed: on a 1–5 scale, 1.2 means the
     * answers lie far apart, e.g. a third each at 1–2, 3 and 4–5.
     */
    public static final double WIDE_SPREAD = 1.2;

    /** Difference of two groups' means from which they are said to see a statement differently. */
    public static final double GROUPS_DIFFER = 1.0;

    /** The middle of the 1–5 scales, where the priority matrix is divided into its four quadrants. */
    public static final double MIDDLE = 3.0;

    public RoundFigures {
        cornerstones = List.copyOf(cornerstones);
        groups = List.copyOf(groups);
        disagreements = List.copyOf(disagreements);
        comments = List.copyOf(comments);
    }

    /** Whether enough people answered for any result to be shown. */
    public boolean shown() {
        return respondents >= VisibilityRules.MIN_GROUP;
    }

    /** All statements in questionnaire order. */
    public List<StatementFigures> statements() {
        return cornerstones.stream().flatMap(cornerstone -> cornerstone.statements().stream()).toList();
    }

    /** The statements in the quadrant "important and weak", the most important first. */
    public List<StatementFigures> actNow() {
        return statements().stream().filter(statement -> statement.quadrant() == Quadrant.ACT_NOW)
                .sorted((a, b) -> Double.compare(b.importance().mean() - b.current().mean(),
                        a.importance().mean() - a.current().mean()))
                .toList();
    }

    /** The comments on one cornerstone. */
    public List<Comment> commentsOn(Cornerstone cornerstone) {
        return comments.stream().filter(comment -> comment.cornerstone() == cornerstone).toList();
    }

    /** The four quadrants of the priority matrix (importance × current state, divided at {@link #MIDDLE}). */
    public enum Quadrant {
        /** Important (importance at least the middle) and weak (current state below it): act now. */
        ACT_NOW,
        /** Important and already good: keep it up. */
        KEEP_UP,
        /** Less important and weak: watch it. */
        WATCH,
        /** Less important and already good: no more effort needed here. */
        ENOUGH
    }

    /**
     * One statement's figures: both scales (hidden below the threshold), how many answered it at all and how many said
     * "cannot judge" on each scale. {@code number} is its place in the questionnaire (1, 2, …), the short label in the
     * charts.
     */
    public record StatementFigures(Statement statement, int number, RatingSummary current, RatingSummary importance,
            int responses, int cannotJudgeCurrent, int cannotJudgeImportance) {

        public String key() {
            return statement.key();
        }

        public Text text() {
            return statement.text();
        }

        public RatingSummary on(Scale scale) {
            return scale == Scale.CURRENT ? current : importance;
        }

        /** The quadrant of the priority matrix; null while a scale is hidden. */
        public Quadrant quadrant() {
            if (!current.shown() || !importance.shown()) {
                return null;
            }
            boolean important = importance.mean() >= MIDDLE;
            boolean weak = current.mean() < MIDDLE;
            return important ? (weak ? Quadrant.ACT_NOW : Quadrant.KEEP_UP) : (weak ? Quadrant.WATCH : Quadrant.ENOUGH);
        }
    }

    /** A cornerstone's figures over all ratings of all its statements, and the statements themselves. */
    public record CornerstoneFigures(Cornerstone cornerstone, RatingSummary current, RatingSummary importance,
            List<StatementFigures> statements) {

        public CornerstoneFigures {
            statements = List.copyOf(statements);
        }

        public RatingSummary on(Scale scale) {
            return scale == Scale.CURRENT ? current : importance;
        }
    }

    /** A team's or job role's figures; only groups with enough respondents are ever made. */
    public record GroupFigures(GroupKind kind, long groupId, Text name, int asked, int respondents,
            List<CornerstoneFigures> cornerstones) {

        public GroupFigures {
            cornerstones = List.copyOf(cornerstones);
        }

        public List<StatementFigures> statements() {
            return cornerstones.stream().flatMap(cornerstone -> cornerstone.statements().stream()).toList();
        }
    }

    /** Why a statement is a workshop topic: its answers lie far apart, or groups see it differently. */
    public enum DisagreementKind {
        WIDE_SPREAD, GROUPS_DIFFER
    }

    /**
     * A disputed statement on one scale. For {@link DisagreementKind#WIDE_SPREAD} {@code spread} is the whole round's;
     * for {@link DisagreementKind#GROUPS_DIFFER} the groups with the highest and the lowest mean are named (of the
     * same kind: teams with teams, job roles with job roles), else they are null.
     */
    public record Disagreement(DisagreementKind kind, StatementFigures statement, Scale scale, double spread,
            GroupMean highest, GroupMean lowest) {

        public double difference() {
            return highest == null ? Double.NaN : highest.mean() - lowest.mean();
        }
    }

    /** One group's mean on a statement. */
    public record GroupMean(GroupKind kind, Text name, double mean) {
    }
}
