package de.willkommensakademie.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.willkommensakademie.assessment.RoundAnswers.GroupAnswers;
import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.assessment.RoundAnswers.Scale;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counter SQL on each database we support (H2 and PostgreSQL subclasses): counters made at the start, incremented
 * per answer sheet, read back as {@link RoundAnswers}; a missing counter refuses the whole sheet.
 */
abstract class RoundCountersContract {

    @Autowired
    ApplicationContext context;
    @Autowired
    RoundCounters counters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void counters_are_made_at_zero_for_every_group_statement_scale_and_value_and_count_each_sheet_once() {
        long round = RoundFixtures.round(jdbc, TestAuthority.of(context, getClass()).id());
        RoundGroup team = new RoundGroup(GroupKind.TEAM, 42);
        Map<RoundGroup, Integer> asked = new LinkedHashMap<>();
        asked.put(RoundGroup.ALL, 12);
        asked.put(team, 6);
        transactions.executeWithoutResult(status -> counters.open(round, asked, List.of("s1", "s2")));

        assertThat(jdbc.queryForObject("select count(*) from assessment_tally where round_id = ?", Integer.class,
                round)).as("2 groups × 2 statements × 2 scales × 6 values").isEqualTo(48);
        assertThat(counters.statementKeys(round)).containsExactlyInAnyOrder("s1", "s2");
        assertThat(counters.groups(round)).containsExactlyInAnyOrder(RoundGroup.ALL, team);

        transactions.executeWithoutResult(status -> {
            counters.count(round, List.of(RoundGroup.ALL, team), Map.of("s1", new int[] {4, 5}, "s2",
                    new int[] {0, 2}));
            counters.count(round, List.of(RoundGroup.ALL), Map.of("s1", new int[] {4, 3}, "s2", new int[] {1, 1}));
            counters.comment(round, Cornerstone.NETWORKING, "Mehr Austausch mit der Ausländerbehörde nebenan");
        });

        RoundAnswers answers = counters.answers(round);
        GroupAnswers all = group(answers, GroupKind.ALL);
        assertThat(all.asked()).isEqualTo(12);
        assertThat(all.respondents()).isEqualTo(2);
        assertThat(all.byStatement().get("s1").of(Scale.CURRENT)).containsExactly(0, 0, 0, 0, 2, 0);
        assertThat(all.byStatement().get("s1").of(Scale.IMPORTANCE)).containsExactly(0, 0, 0, 1, 0, 1);
        assertThat(all.byStatement().get("s2").of(Scale.CURRENT)).containsExactly(1, 1, 0, 0, 0, 0);
        GroupAnswers teamAnswers = group(answers, GroupKind.TEAM);
        assertThat(teamAnswers.groupId()).isEqualTo(42);
        assertThat(teamAnswers.respondents()).isEqualTo(1);
        assertThat(teamAnswers.byStatement().get("s2").of(Scale.IMPORTANCE)).containsExactly(0, 0, 1, 0, 0, 0);
        assertThat(answers.comments()).containsExactly(new RoundAnswers.Comment(Cornerstone.NETWORKING,
                "Mehr Austausch mit der Ausländerbehörde nebenan"));
        assertThat(jdbc.queryForObject("select id from assessment_comment where round_id = ?", String.class, round))
                .as("a random UUID").matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(counters.totals(Set.of(round))).containsOnlyKeys(round);
        assertThat(counters.totals(Set.of(round)).get(round)).containsExactly(12, 2);
    }

    @Test
    void a_sheet_for_a_group_or_statement_without_counters_is_refused_and_changes_nothing() {
        long round = RoundFixtures.round(jdbc, TestAuthority.of(context, getClass()).id());
        transactions.executeWithoutResult(status -> counters.open(round, Map.of(RoundGroup.ALL, 5), List.of("s1")));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> counters.count(round,
                List.of(RoundGroup.ALL), Map.of("s1", new int[] {3, 3}, "unknown", new int[] {1, 1}))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> counters.count(round,
                List.of(RoundGroup.ALL, new RoundGroup(GroupKind.JOB_ROLE, 7)), Map.of("s1", new int[] {3, 3}))))
                .isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForObject("select sum(answers) from assessment_tally where round_id = ?", Integer.class,
                round)).isZero();
        assertThat(group(counters.answers(round), GroupKind.ALL).respondents()).isZero();
    }

    private static GroupAnswers group(RoundAnswers answers, GroupKind kind) {
        return answers.groups().stream().filter(group -> group.kind() == kind).findFirst().orElseThrow();
    }
}
