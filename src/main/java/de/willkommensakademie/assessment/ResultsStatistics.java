package de.willkommensakademie.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import de.willkommensakademie.assessment.QuestionnaireContent.Statement;
import de.willkommensakademie.assessment.RoundAnswers.Comment;
import de.willkommensakademie.assessment.RoundAnswers.GroupAnswers;
import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.assessment.RoundAnswers.Scale;
import de.willkommensakademie.assessment.RoundAnswers.StatementCounts;
import de.willkommensakademie.assessment.RoundChange.CornerstoneChange;
import de.willkommensakademie.assessment.RoundChange.Delta;
import de.willkommensakademie.assessment.RoundChange.StatementChange;
import de.willkommensakademie.assessment.RoundFigures.CornerstoneFigures;
import de.willkommensakademie.assessment.RoundFigures.Disagreement;
import de.willkommensakademie.assessment.RoundFigures.DisagreementKind;
import de.willkommensakademie.assessment.RoundFigures.GroupFigures;
import de.willkommensakademie.assessment.RoundFigures.GroupMean;
import de.willkommensakademie.assessment.RoundFigures.StatementFigures;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.visibility.VisibilityRules;

/**
 * The arithmetic of results, from a round's counters alone: means and spreads, the thresholds, disagreement and the
 * change between two rounds. Pure functions, so they are tested with known numbers; who may see what is decided by
 * the caller ({@code mayBreakDown}).
 */
final class ResultsStatistics {

    /** Comparisons of means and spreads allow for the rounding of binary fractions (1.2 may come out 1.1999…). */
    private static final double TOLERANCE = 1e-9;

    private static final int[] NO_ANSWERS = new int[RatingSummary.HIGHEST + 1];

    private ResultsStatistics() {
    }

    /**
     * The figures of a round. Nothing but the counts before {@link VisibilityRules#MIN_GROUP} respondents; groups
     * only where {@code mayBreakDown} allows and at least that many of the group answered.
     */
    static RoundFigures figures(QuestionnaireContent content, RoundAnswers answers,
            Predicate<GroupAnswers> mayBreakDown, Function<GroupAnswers, Text> groupName) {
        GroupAnswers all = overall(answers);
        int asked = all == null ? 0 : all.asked();
        int respondents = all == null ? 0 : all.respondents();
        if (respondents < VisibilityRules.MIN_GROUP) {
            return new RoundFigures(asked, respondents, List.of(), List.of(), List.of(), List.of());
        }
        Map<String, Integer> numbers = numbers(content);
        List<CornerstoneFigures> cornerstones = cornerstones(content, all, numbers);
        List<GroupFigures> groups = answers.groups().stream()
                .filter(group -> group.kind() != GroupKind.ALL)
                .filter(group -> group.respondents() >= VisibilityRules.MIN_GROUP)
                .filter(mayBreakDown)
                .map(group -> new GroupFigures(group.kind(), group.groupId(), groupName.apply(group), group.asked(),
                        group.respondents(), cornerstones(content, group, numbers)))
                .sorted(Comparator.comparing(GroupFigures::kind)
                        .thenComparing(group -> group.name().in(Locale.GERMAN, "de")))
                .toList();
        List<Comment> comments = answers.comments().stream()
                .sorted(Comparator.comparing(Comment::cornerstone).thenComparing(Comment::text))
                .toList();
        List<Disagreement> disagreements = new ArrayList<>(wideSpread(cornerstones));
        disagreements.addAll(groupsDiffer(cornerstones, groups));
        return new RoundFigures(asked, respondents, cornerstones, groups, disagreements, comments);
    }

    /**
     * The change from {@code before} to {@code now}, over the statements both versions ask (by key); null when either
     * round has fewer than {@link VisibilityRules#MIN_GROUP} respondents.
     */
    static RoundChange change(QuestionnaireContent nowContent, RoundAnswers nowAnswers,
            QuestionnaireContent beforeContent, RoundAnswers beforeAnswers, long beforeRoundId, String beforeTitle) {
        GroupAnswers now = overall(nowAnswers);
        GroupAnswers before = overall(beforeAnswers);
        if (now == null || before == null || now.respondents() < VisibilityRules.MIN_GROUP
                || before.respondents() < VisibilityRules.MIN_GROUP) {
            return null;
        }
        Set<String> earlier = beforeContent.statements().stream().map(Statement::key).collect(Collectors.toSet());
        Map<String, Integer> numbers = numbers(nowContent);
        List<CornerstoneChange> cornerstones = new ArrayList<>();
        for (Cornerstone cornerstone : Cornerstone.values()) {
            List<Statement> common = nowContent.statementsOf(cornerstone).stream()
                    .filter(statement -> earlier.contains(statement.key())).toList();
            if (common.isEmpty()) {
                continue;
            }
            List<StatementChange> statements = common.stream()
                    .map(statement -> new StatementChange(statement.key(), numbers.get(statement.key()),
                            statement.text(), delta(before, now, List.of(statement), Scale.CURRENT),
                            delta(before, now, List.of(statement), Scale.IMPORTANCE)))
                    .toList();
            cornerstones.add(new CornerstoneChange(cornerstone, delta(before, now, common, Scale.CURRENT),
                    delta(before, now, common, Scale.IMPORTANCE), statements));
        }
        return new RoundChange(beforeRoundId, beforeTitle, cornerstones);
    }

    private static Delta delta(GroupAnswers before, GroupAnswers now, List<Statement> statements, Scale scale) {
        RatingSummary then = pooled(before, statements, scale);
        RatingSummary today = pooled(now, statements, scale);
        return then.shown() && today.shown() ? new Delta(then.mean(), today.mean()) : null;
    }

    private static GroupAnswers overall(RoundAnswers answers) {
        return answers.groups().stream().filter(group -> group.kind() == GroupKind.ALL).findFirst().orElse(null);
    }

    private static Map<String, Integer> numbers(QuestionnaireContent content) {
        Map<String, Integer> numbers = new HashMap<>();
        for (Statement statement : content.statements()) {
            numbers.put(statement.key(), numbers.size() + 1);
        }
        return numbers;
    }

    private static List<CornerstoneFigures> cornerstones(QuestionnaireContent content, GroupAnswers group,
            Map<String, Integer> numbers) {
        List<CornerstoneFigures> cornerstones = new ArrayList<>();
        for (Cornerstone cornerstone : Cornerstone.values()) {
            List<Statement> statements = content.statementsOf(cornerstone);
            if (statements.isEmpty()) {
                continue;
            }
            List<StatementFigures> figures = statements.stream()
                    .map(statement -> statement(statement, numbers.get(statement.key()), group)).toList();
            cornerstones.add(new CornerstoneFigures(cornerstone, pooled(group, statements, Scale.CURRENT).visible(),
                    pooled(group, statements, Scale.IMPORTANCE).visible(), figures));
        }
        return cornerstones;
    }

    private static StatementFigures statement(Statement statement, int number, GroupAnswers group) {
        int[] current = counts(group, statement.key(), Scale.CURRENT);
        int[] importance = counts(group, statement.key(), Scale.IMPORTANCE);
        int responses = 0;
        for (int answers : current) {
            responses += answers;
        }
        return new StatementFigures(statement, number, RatingSummary.fromCounts(current).visible(),
                RatingSummary.fromCounts(importance).visible(), responses, current[0], importance[0]);
    }

    /** One summary over all ratings of these statements (each rating counts once, not each statement's mean). */
    private static RatingSummary pooled(GroupAnswers group, List<Statement> statements, Scale scale) {
        int[] sum = new int[RatingSummary.HIGHEST + 1];
        for (Statement statement : statements) {
            int[] counts = counts(group, statement.key(), scale);
            for (int value = 0; value < sum.length; value++) {
                sum[value] += counts[value];
            }
        }
        return RatingSummary.fromCounts(sum);
    }

    private static int[] counts(GroupAnswers group, String statementKey, Scale scale) {
        StatementCounts counts = group.byStatement().get(statementKey);
        return counts == null ? NO_ANSWERS.clone() : counts.of(scale);
    }

    private static List<Disagreement> wideSpread(List<CornerstoneFigures> cornerstones) {
        List<Disagreement> disputed = new ArrayList<>();
        for (CornerstoneFigures cornerstone : cornerstones) {
            for (StatementFigures statement : cornerstone.statements()) {
                for (Scale scale : Scale.values()) {
                    RatingSummary summary = statement.on(scale);
                    if (summary.shown() && summary.spread() >= RoundFigures.WIDE_SPREAD - TOLERANCE) {
                        disputed.add(new Disagreement(DisagreementKind.WIDE_SPREAD, statement, scale,
                                summary.spread(), null, null));
                    }
                }
            }
        }
        return disputed;
    }

    /** Per kind of group, statement and scale: the groups with the highest and lowest shown mean, if far apart. */
    private static List<Disagreement> groupsDiffer(List<CornerstoneFigures> cornerstones, List<GroupFigures> groups) {
        List<Disagreement> disputed = new ArrayList<>();
        for (GroupKind kind : List.of(GroupKind.TEAM, GroupKind.JOB_ROLE)) {
            List<GroupFigures> ofKind = groups.stream().filter(group -> group.kind() == kind).toList();
            if (ofKind.size() < 2) {
                continue;
            }
            for (CornerstoneFigures cornerstone : cornerstones) {
                for (StatementFigures statement : cornerstone.statements()) {
                    for (Scale scale : Scale.values()) {
                        List<GroupMean> means = new ArrayList<>();
                        for (GroupFigures group : ofKind) {
                            group.statements().stream().filter(figures -> figures.key().equals(statement.key()))
                                    .map(figures -> figures.on(scale)).filter(RatingSummary::shown).findFirst()
                                    .ifPresent(summary -> means.add(new GroupMean(kind, group.name(),
                                            summary.mean())));
                        }
                        if (means.size() < 2) {
                            continue;
                        }
                        GroupMean highest = means.stream().max(Comparator.comparingDouble(GroupMean::mean))
                                .orElseThrow();
                        GroupMean lowest = means.stream().min(Comparator.comparingDouble(GroupMean::mean))
                                .orElseThrow();
                        if (highest.mean() - lowest.mean() >= RoundFigures.GROUPS_DIFFER - TOLERANCE) {
                            disputed.add(new Disagreement(DisagreementKind.GROUPS_DIFFER, statement, scale,
                                    statement.on(scale).spread(), highest, lowest));
                        }
                    }
                }
            }
        }
        return disputed;
    }
}
