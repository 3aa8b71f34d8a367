package de.willkommensakademie.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.assessment.QuestionnaireContent.Statement;
import de.willkommensakademie.assessment.RoundAnswers.Comment;
import de.willkommensakademie.assessment.RoundAnswers.GroupAnswers;
import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.assessment.RoundAnswers.Scale;
import de.willkommensakademie.assessment.RoundAnswers.StatementCounts;
import de.willkommensakademie.assessment.RoundChange.CornerstoneChange;
import de.willkommensakademie.assessment.RoundChange.Direction;
import de.willkommensakademie.assessment.RoundChange.StatementChange;
import de.willkommensakademie.assessment.RoundFigures.CornerstoneFigures;
import de.willkommensakademie.assessment.RoundFigures.Disagreement;
import de.willkommensakademie.assessment.RoundFigures.DisagreementKind;
import de.willkommensakademie.assessment.RoundFigures.Quadrant;
import de.willkommensakademie.assessment.RoundFigures.StatementFigures;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.learning.Cornerstone;
import org.junit.jupiter.api.Test;

/** The results' arithmetic with numbers worked out by hand. */
class ResultsStatisticsTest {

    static Statement statement(String key, Cornerstone cornerstone) {
        return new Statement(key, cornerstone, Text.of("Aussage " + key, "Statement " + key), List.of(), List.of());
    }

    static QuestionnaireContent questionnaire(Statement... statements) {
        return new QuestionnaireContent("q", Text.of("Fragebogen", "Questionnaire"), Text.empty(), "de",
                List.of(statements));
    }

    /** Counters from ratings as people gave them; 0 = cannot judge. */
    static int[] counts(int... answers) {
        int[] counts = new int[6];
        for (int answer : answers) {
            counts[answer]++;
        }
        return counts;
    }

    /** Builds one group's counters statement by statement. */
    static final class Group {
        private final GroupKind kind;
        private final long id;
        private final int asked;
        private final int respondents;
        private final Map<String, StatementCounts> byStatement = new LinkedHashMap<>();

        Group(GroupKind kind, long id, int asked, int respondents) {
            this.kind = kind;
            this.id = id;
            this.asked = asked;
            this.respondents = respondents;
        }

        Group rated(String key, int[] current, int[] importance) {
            byStatement.put(key, new StatementCounts(counts(current), counts(importance)));
            return this;
        }

        GroupAnswers answers() {
            return new GroupAnswers(kind, id, asked, respondents, byStatement);
        }
    }

    static Group all(int asked, int respondents) {
        return new Group(GroupKind.ALL, 0, asked, respondents);
    }

    static RoundAnswers round(long id, List<Comment> comments, Group... groups) {
        List<GroupAnswers> answers = new ArrayList<>();
        for (Group group : groups) {
            answers.add(group.answers());
        }
        return new RoundAnswers(id, answers, comments);
    }

    static RoundFigures figures(QuestionnaireContent content, RoundAnswers answers) {
        return ResultsStatistics.figures(content, answers, group -> true,
                group -> Text.of("Gruppe " + group.groupId(), "Group " + group.groupId()));
    }

    static int[] r(int... ratings) {
        return ratings;
    }

    @Test
    void counters_give_mean_and_population_spread_leaving_out_cannot_judge() {
        RatingSummary summary = RatingSummary.fromCounts(new int[] {1, 0, 2, 2, 1, 0});

        assertThat(summary.count()).isEqualTo(5);
        assertThat(summary.mean()).isCloseTo(2.8, within(1e-12));
        assertThat(summary.spread()).isCloseTo(Math.sqrt(0.56), within(1e-12));
        assertThat(RatingSummary.fromCounts(new int[] {3, 0, 0, 0, 0, 0}).mean()).isNaN();
    }

    @Test
    void a_statement_shows_both_scales_its_responses_and_cannot_judge() {
        QuestionnaireContent content = questionnaire(statement("a", Cornerstone.SELF_IMAGE));
        RoundAnswers answers = round(1, List.of(),
                all(8, 6).rated("a", r(0, 2, 2, 3, 3, 4), r(5, 5, 4, 4, 0, 0)));

        RoundFigures figures = figures(content, answers);

        StatementFigures a = figures.statements().getFirst();
        assertThat(figures.shown()).isTrue();
        assertThat(figures.asked()).isEqualTo(8);
        assertThat(a.number()).isEqualTo(1);
        assertThat(a.responses()).isEqualTo(6);
        assertThat(a.cannotJudgeCurrent()).isEqualTo(1);
        assertThat(a.cannotJudgeImportance()).isEqualTo(2);
        assertThat(a.current().mean()).isCloseTo(2.8, within(1e-12));
        assertThat(a.current().spread()).isCloseTo(0.748, within(0.001));
        assertThat(a.importance().shown()).as("four ratings are too few").isFalse();
        assertThat(a.importance()).isEqualTo(RatingSummary.HIDDEN);
        assertThat(a.quadrant()).as("no place in the matrix while a scale is hidden").isNull();
    }

    @Test
    void a_cornerstone_counts_every_rating_of_its_statements() {
        QuestionnaireContent content = questionnaire(statement("a", Cornerstone.NETWORKING),
                statement("b", Cornerstone.NETWORKING), statement("c", Cornerstone.APPEARANCE));
        RoundAnswers answers = round(1, List.of(), all(5, 5)
                .rated("a", r(4, 4, 4, 4, 4), r(5, 5, 5, 5, 5))
                .rated("b", r(2, 2, 2, 2, 0), r(3, 3, 3, 3, 3))
                .rated("c", r(1, 2, 3, 4, 5), r(1, 1, 1, 1, 1)));

        List<CornerstoneFigures> cornerstones = figures(content, answers).cornerstones();

        assertThat(cornerstones).extracting(CornerstoneFigures::cornerstone)
                .containsExactly(Cornerstone.APPEARANCE, Cornerstone.NETWORKING);
        CornerstoneFigures networking = cornerstones.get(1);
        // (5 × 4 + 4 × 2) / 9 ratings
        assertThat(networking.current().count()).isEqualTo(9);
        assertThat(networking.current().mean()).isCloseTo(28.0 / 9, within(1e-12));
        assertThat(networking.importance().mean()).isCloseTo(4.0, within(1e-12));
        assertThat(networking.importance().spread()).isCloseTo(1.0, within(1e-12));
        assertThat(networking.statements()).extracting(StatementFigures::number).containsExactly(1, 2);
    }

    @Test
    void nothing_is_shown_before_five_people_answered() {
        QuestionnaireContent content = questionnaire(statement("a", Cornerstone.SELF_IMAGE));
        List<Comment> comments = List.of(new Comment(Cornerstone.SELF_IMAGE, "Mehr Dolmetscher"));

        RoundFigures four = figures(content, round(1, comments, all(9, 4).rated("a", r(3, 3, 3, 3), r(4, 4, 4, 4))));
        RoundFigures five = figures(content,
                round(1, comments, all(9, 5).rated("a", r(3, 3, 3, 3, 3), r(4, 4, 4, 4, 4))));

        assertThat(four.shown()).isFalse();
        assertThat(four.respondents()).isEqualTo(4);
        assertThat(four.cornerstones()).isEmpty();
        assertThat(four.comments()).isEmpty();
        assertThat(five.shown()).isTrue();
        assertThat(five.statements().getFirst().current().mean()).isEqualTo(3.0);
        assertThat(five.comments()).extracting(Comment::text).containsExactly("Mehr Dolmetscher");
    }

    @Test
    void a_group_is_broken_down_only_from_five_respondents_and_where_the_viewer_may() {
        QuestionnaireContent content = questionnaire(statement("a", Cornerstone.SELF_IMAGE));
        RoundAnswers answers = round(1, List.of(), all(20, 14).rated("a", r(3, 3, 3, 3, 3), r(3, 3, 3, 3, 3)),
                new Group(GroupKind.TEAM, 11, 6, 4).rated("a", r(3, 3, 3, 3), r(3, 3, 3, 3)),
                new Group(GroupKind.TEAM, 12, 7, 5).rated("a", r(3, 3, 3, 3, 3), r(3, 3, 3, 3, 3)),
                new Group(GroupKind.JOB_ROLE, 21, 9, 5).rated("a", r(3, 3, 3, 3, 3), r(3, 3, 3, 3, 3)));

        RoundFigures everything = figures(content, answers);
        RoundFigures noTeams = ResultsStatistics.figures(content, answers, group -> group.kind() != GroupKind.TEAM,
                group -> Text.of("G", "G"));

        assertThat(everything.groups()).extracting(group -> group.kind() + "-" + group.groupId())
                .containsExactly("TEAM-12", "JOB_ROLE-21");
        assertThat(noTeams.groups()).extracting(group -> group.groupId()).containsExactly(21L);
    }

    @Test
    void widely_spread_answers_are_a_workshop_topic() {
        QuestionnaireContent content = questionnaire(statement("split", Cornerstone.SELF_IMAGE),
                statement("calm", Cornerstone.SELF_IMAGE));
        RoundAnswers answers = round(1, List.of(), all(5, 5)
                .rated("split", r(1, 1, 3, 5, 5), r(4, 4, 4, 4, 4))
                .rated("calm", r(2, 3, 3, 3, 4), r(4, 4, 4, 4, 5)));

        List<Disagreement> disputed = figures(content, answers).disagreements();

        // split: mean 3, squares 4 + 4 + 0 + 4 + 4 = 16, spread √3.2 ≈ 1.79; calm: √0.4 ≈ 0.63
        assertThat(disputed).hasSize(1);
        assertThat(disputed.getFirst().kind()).isEqualTo(DisagreementKind.WIDE_SPREAD);
        assertThat(disputed.getFirst().statement().key()).isEqualTo("split");
        assertThat(disputed.getFirst().scale()).isEqualTo(Scale.CURRENT);
        assertThat(disputed.getFirst().spread()).isCloseTo(Math.sqrt(3.2), within(1e-12));
    }

    @Test
    void groups_a_whole_point_apart_see_a_statement_differently() {
        QuestionnaireContent content = questionnaire(statement("a", Cornerstone.ORGANISATION),
                statement("b", Cornerstone.ORGANISATION));
        RoundAnswers answers = round(1, List.of(),
                all(12, 10).rated("a", r(4, 4, 4, 4, 4, 3, 3, 3, 3, 3), r(4, 4, 4, 4, 4, 4, 4, 4, 4, 4))
                        .rated("b", r(4, 4, 4, 4, 4, 3, 3, 3, 3, 4), r(4, 4, 4, 4, 4, 4, 4, 4, 4, 4)),
                new Group(GroupKind.TEAM, 1, 6, 5).rated("a", r(4, 4, 4, 4, 4), r(4, 4, 4, 4, 4))
                        .rated("b", r(4, 4, 4, 4, 4), r(4, 4, 4, 4, 4)),
                new Group(GroupKind.TEAM, 2, 6, 5).rated("a", r(3, 3, 3, 3, 3), r(4, 4, 4, 4, 4))
                        .rated("b", r(3, 3, 3, 3, 4), r(4, 4, 4, 4, 4)));

        List<Disagreement> disputed = figures(content, answers).disagreements();

        // a: 4.0 against 3.0, exactly one point; b: 4.0 against 3.2, less
        assertThat(disputed).hasSize(1);
        Disagreement a = disputed.getFirst();
        assertThat(a.kind()).isEqualTo(DisagreementKind.GROUPS_DIFFER);
        assertThat(a.statement().key()).isEqualTo("a");
        assertThat(a.scale()).isEqualTo(Scale.CURRENT);
        assertThat(a.highest().name().get("en")).isEqualTo("Group 1");
        assertThat(a.lowest().name().get("en")).isEqualTo("Group 2");
        assertThat(a.difference()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void the_priority_matrix_puts_important_and_weak_statements_into_act_now() {
        QuestionnaireContent content = questionnaire(statement("weak", Cornerstone.APPEARANCE),
                statement("strong", Cornerstone.APPEARANCE), statement("minor", Cornerstone.APPEARANCE),
                statement("weaker", Cornerstone.APPEARANCE));
        RoundAnswers answers = round(1, List.of(), all(5, 5)
                .rated("weak", r(2, 2, 3, 3, 2), r(4, 4, 4, 4, 4))
                .rated("strong", r(4, 4, 4, 4, 4), r(3, 3, 3, 3, 3))
                .rated("minor", r(2, 2, 2, 2, 2), r(2, 2, 2, 2, 2))
                .rated("weaker", r(1, 1, 1, 1, 1), r(5, 5, 5, 5, 5)));

        RoundFigures figures = figures(content, answers);

        assertThat(figures.statements()).extracting(StatementFigures::quadrant)
                .containsExactly(Quadrant.ACT_NOW, Quadrant.KEEP_UP, Quadrant.WATCH, Quadrant.ACT_NOW);
        assertThat(figures.actNow()).as("widest gap first").extracting(StatementFigures::key)
                .containsExactly("weaker", "weak");
    }

    @Test
    void change_counts_only_statements_of_both_versions_with_arrows_by_the_level_band() {
        QuestionnaireContent before = questionnaire(statement("up", Cornerstone.COMPETENCES),
                statement("level", Cornerstone.COMPETENCES), statement("down", Cornerstone.COMPETENCES),
                statement("dropped", Cornerstone.COMPETENCES));
        QuestionnaireContent now = questionnaire(statement("up", Cornerstone.COMPETENCES),
                statement("level", Cornerstone.COMPETENCES), statement("down", Cornerstone.COMPETENCES),
                statement("new", Cornerstone.COMPETENCES));
        RoundAnswers earlier = round(1, List.of(), all(5, 5)
                .rated("up", r(3, 3, 3, 3, 3), r(4, 4, 4, 4, 4))
                .rated("level", r(3, 3, 3, 3, 3), r(4, 4, 4, 4, 4))
                .rated("down", r(3, 3, 3, 3, 3), r(4, 4, 4, 4, 4))
                .rated("dropped", r(1, 1, 1, 1, 1), r(1, 1, 1, 1, 1)));
        RoundAnswers later = round(2, List.of(), all(8, 8)
                .rated("up", r(3, 3, 3, 3, 3, 3, 4, 4), r(4, 4, 4, 4, 4, 4, 4, 4))
                .rated("level", r(3, 3, 3, 3, 3, 3, 3, 4), r(4, 4, 4, 4, 4, 4, 4, 4))
                .rated("down", r(3, 3, 3, 2, 2, 2, 2, 2), r(4, 4, 4, 4, 4, 4, 4, 4))
                .rated("new", r(5, 5, 5, 5, 5, 5, 5, 5), r(5, 5, 5, 5, 5, 5, 5, 5)));

        RoundChange change = ResultsStatistics.change(now, later, before, earlier, 1, "2024");

        assertThat(change.previousRoundId()).isEqualTo(1);
        CornerstoneChange competences = change.cornerstones().getFirst();
        assertThat(competences.statements()).extracting(StatementChange::key).containsExactly("up", "level", "down");
        StatementChange up = competences.statements().get(0);
        // up: 3.0 → 26/8 = 3.25 (exactly the band: up); level: 3.0 → 25/8 = 3.125; down: 3.0 → 19/8 = 2.375
        assertThat(up.current().difference()).isCloseTo(0.25, within(1e-12));
        assertThat(up.current().direction()).isEqualTo(Direction.UP);
        assertThat(competences.statements().get(1).current().direction()).isEqualTo(Direction.LEVEL);
        assertThat(competences.statements().get(2).current().difference()).isCloseTo(-0.625, within(1e-12));
        assertThat(competences.statements().get(2).current().direction()).isEqualTo(Direction.DOWN);
        assertThat(up.importance().direction()).isEqualTo(Direction.LEVEL);
        // the cornerstone over the three common statements: 3.0 → (26 + 25 + 19) / 24 ≈ 2.917; "dropped" and "new"
        // would pull it far down or up
        assertThat(competences.current().before()).isCloseTo(3.0, within(1e-12));
        assertThat(competences.current().now()).isCloseTo(70.0 / 24, within(1e-12));
        assertThat(competences.current().direction()).isEqualTo(Direction.LEVEL);
    }

    @Test
    void no_change_against_a_round_that_showed_no_results() {
        QuestionnaireContent content = questionnaire(statement("a", Cornerstone.SELF_IMAGE));
        RoundAnswers earlier = round(1, List.of(), all(5, 4).rated("a", r(3, 3, 3, 3), r(3, 3, 3, 3)));
        RoundAnswers later = round(2, List.of(), all(5, 5).rated("a", r(3, 3, 3, 3, 3), r(3, 3, 3, 3, 3)));

        assertThat(ResultsStatistics.change(content, later, content, earlier, 1, "x")).isNull();
    }
}
