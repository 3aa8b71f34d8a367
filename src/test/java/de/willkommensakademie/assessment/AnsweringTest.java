package de.willkommensakademie.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.assessment.AnswerSheet.Rating;
import de.willkommensakademie.assessment.RoundAnswers.GroupAnswers;
import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.assessment.RoundAnswers.Scale;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Answering a round: a submission adds exactly one to the counters of the whole round (and of the person's team when
 * it has counters) and marks the participation answered, with nothing that links the two; drafts are kept with their
 * version until submitted or the round ends; answering twice, before the start, after the end, or with values or
 * comments out of bounds is refused and changes nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
class AnsweringTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AssessmentRounds rounds;
    @Autowired
    Answering answering;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    RoundReminders dailyJob;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_submission_adds_one_to_each_counter_and_marks_the_participation_answered_without_a_link() {
        TestAuthority authority = authority("");
        RoundInfo round = start(authority, LocalDate.now());
        SignedIn.as(accounts, authority.employee());
        assertThat(answering.myOpenRounds()).extracting(OpenRound::roundId).contains(round.id());
        AnswerPage page = answering.open(round.id());
        List<String> statements = page.questionnaire().statements().stream()
                .map(QuestionnaireContent.Statement::key).toList();
        String first = statements.getFirst();
        String second = statements.get(1);

        answering.submit(round.id(), page.version(), new AnswerSheet(Map.of(first, new Rating(2, 5), second,
                new Rating(0, 4)), Map.of(Cornerstone.SELF_IMAGE, "  Das Leitbild kennt kaum jemand.  ")));

        SignedIn.as(accounts, authority.admin());
        RoundAnswers answers = rounds.answers(round.id());
        GroupAnswers all = answers.groups().getFirst();
        assertThat(all.kind()).isEqualTo(GroupKind.ALL);
        assertThat(all.respondents()).isEqualTo(1);
        assertThat(all.byStatement().get(first).of(Scale.CURRENT)).containsExactly(0, 0, 1, 0, 0, 0);
        assertThat(all.byStatement().get(first).of(Scale.IMPORTANCE)).containsExactly(0, 0, 0, 0, 0, 1);
        assertThat(all.byStatement().get(second).of(Scale.CURRENT)).containsExactly(1, 0, 0, 0, 0, 0);
        assertThat(all.byStatement().get(statements.getLast()).of(Scale.IMPORTANCE))
                .as("a statement left open counts as cannot judge").containsExactly(1, 0, 0, 0, 0, 0);
        assertThat(jdbc.queryForObject("select sum(answers) from assessment_tally where round_id = ?", Integer.class,
                round.id())).as("one answer per statement and scale").isEqualTo(statements.size() * 2);
        assertThat(answers.comments()).containsExactly(new RoundAnswers.Comment(Cornerstone.SELF_IMAGE,
                "Das Leitbild kennt kaum jemand."));
        assertThat(jdbc.queryForObject("select answered from assessment_participation where round_id = ?"
                + " and employee_id = ?", Boolean.class, round.id(), authority.employee().id())).isTrue();
        assertThat(jdbc.queryForObject("select draft from assessment_participation where round_id = ?"
                + " and employee_id = ?", String.class, round.id(), authority.employee().id())).isNull();
        SignedIn.as(accounts, authority.employee());
        assertThat(answering.myOpenRounds()).extracting(OpenRound::roundId).doesNotContain(round.id());
    }

    @Test
    void answering_twice_before_the_start_or_after_the_end_is_refused_and_changes_nothing() {
        TestAuthority authority = authority("refused");
        LocalDate today = LocalDate.now();
        RoundInfo running = start(authority, today);
        RoundInfo planned = start(authority, today.plusDays(3));
        RoundInfo ended = start(authority, today);
        jdbc.update("update assessment_round set starts_on = ?, ends_on = ? where id = ?", today.minusDays(20),
                today.minusDays(1), ended.id());
        SignedIn.as(accounts, authority.employee());
        long version = answering.open(running.id()).version();
        answering.submit(running.id(), version, AnswerSheet.empty());

        refused(() -> answering.submit(running.id(), version + 1, AnswerSheet.empty()),
                "assessment.answer.error.already-answered");
        refused(() -> answering.open(running.id()), "assessment.answer.error.already-answered");
        refused(() -> answering.submit(planned.id(), 0, AnswerSheet.empty()), "assessment.answer.error.not-started");
        refused(() -> answering.submit(ended.id(), 0, AnswerSheet.empty()), "assessment.answer.error.ended");
        refused(() -> answering.saveDraft(ended.id(), 0, AnswerSheet.empty()), "assessment.answer.error.ended");

        assertThat(respondents(running)).isEqualTo(1);
        assertThat(respondents(planned)).isZero();
        assertThat(respondents(ended)).isZero();
        assertThat(answering.myOpenRounds()).extracting(OpenRound::roundId)
                .doesNotContain(running.id(), planned.id(), ended.id());
    }

    @Test
    void values_outside_the_scales_unknown_statements_and_long_comments_are_refused_and_change_nothing() {
        TestAuthority authority = authority("values");
        RoundInfo round = start(authority, LocalDate.now());
        SignedIn.as(accounts, authority.employee());
        AnswerPage page = answering.open(round.id());
        String key = page.questionnaire().statements().getFirst().key();

        refused(() -> answering.submit(round.id(), page.version(), new AnswerSheet(Map.of(key, new Rating(6, 3)),
                Map.of())), "assessment.answer.error.value");
        refused(() -> answering.submit(round.id(), page.version(), new AnswerSheet(Map.of(key, new Rating(3, -1)),
                Map.of())), "assessment.answer.error.value");
        refused(() -> answering.submit(round.id(), page.version(), new AnswerSheet(Map.of("erfunden",
                new Rating(3, 3)), Map.of())), "assessment.answer.error.unknown-statement");
        refused(() -> answering.submit(round.id(), page.version(), new AnswerSheet(Map.of(), Map.of(
                Cornerstone.NETWORKING, "x".repeat(AnswerSheet.COMMENT_LENGTH + 1)))),
                "assessment.answer.error.comment-too-long");

        assertThat(respondents(round)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from assessment_comment where round_id = ?", Integer.class,
                round.id())).isZero();
        assertThat(answering.open(round.id()).version()).isEqualTo(page.version());
    }

    @Test
    void a_draft_is_kept_with_its_version_until_the_round_ends() {
        TestAuthority authority = authority("draft");
        RoundInfo round = start(authority, LocalDate.now());
        SignedIn.as(accounts, authority.employee());
        AnswerPage page = answering.open(round.id());
        String key = page.questionnaire().statements().getFirst().key();
        AnswerSheet draft = new AnswerSheet(Map.of(key, new Rating(4, null)), Map.of(Cornerstone.COMPETENCES,
                "Mehr Sprachkurse"));

        long saved = answering.saveDraft(round.id(), page.version(), draft);

        assertThat(answering.open(round.id()).draft()).isEqualTo(draft);
        assertThat(answering.myOpenRounds()).filteredOn(open -> open.roundId() == round.id())
                .singleElement().extracting(OpenRound::draftSaved).isEqualTo(true);
        assertThatThrownBy(() -> answering.saveDraft(round.id(), page.version(), AnswerSheet.empty()))
                .as("saved from an outdated page").isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(respondents(round)).as("a draft counts nothing").isZero();

        jdbc.update("update assessment_round set ends_on = ? where id = ?", LocalDate.now().minusDays(1), round.id());
        SignedIn.nobody();
        dailyJob.remind();
        assertThat(jdbc.queryForObject("select draft from assessment_participation where round_id = ? and"
                + " employee_id = ?", String.class, round.id(), authority.employee().id())).isNull();
        assertThat(saved).isGreaterThan(page.version());
    }

    @Test
    void a_team_with_five_people_asked_gets_its_own_counters_and_someone_not_asked_finds_no_round() {
        TestAuthority authority = authority("team");
        // five active people in Team Nord: the manager, the employee, the buddy, and now the trainer and the admin
        jdbc.update("update employee set team_id = ? where id in (?, ?)", authority.teamId(),
                authority.trainer().id(), authority.admin().id());
        SignedIn.as(accounts, authority.admin());
        RoundInfo round = rounds.start(new RoundForm(shipped(), "Team Nord", false, Set.of(authority.teamId()), null,
                LocalDate.now(), LocalDate.now().plusDays(14), null));
        assertThat(round.asked()).isEqualTo(5);

        SignedIn.as(accounts, authority.employee());
        AnswerPage page = answering.open(round.id());
        answering.submit(round.id(), page.version(), AnswerSheet.empty());
        SignedIn.as(accounts, authority.outsider());
        assertThatThrownBy(() -> answering.open(round.id())).isInstanceOf(RecordNotFoundException.class);
        assertThat(answering.myOpenRounds()).extracting(OpenRound::roundId).doesNotContain(round.id());

        SignedIn.as(accounts, authority.admin());
        List<GroupAnswers> groups = rounds.answers(round.id()).groups();
        assertThat(groups).extracting(GroupAnswers::kind, GroupAnswers::groupId, GroupAnswers::asked,
                GroupAnswers::respondents).containsExactlyInAnyOrder(
                        tuple(GroupKind.ALL, 0L, 5, 1),
                        tuple(GroupKind.TEAM, authority.teamId(), 5, 1));
    }

    private int respondents(RoundInfo round) {
        return jdbc.queryForObject("select respondents from assessment_group where round_id = ? and group_kind = 'ALL'",
                Integer.class, round.id());
    }

    private RoundInfo start(TestAuthority authority, LocalDate startsOn) {
        SignedIn.as(accounts, authority.admin());
        RoundInfo round = rounds.start(new RoundForm(shipped(), "Runde", true, null, null, startsOn,
                startsOn.plusDays(14), null));
        SignedIn.nobody();
        return round;
    }

    private long shipped() {
        return questionnaires.newestShippedVersionId(AssessmentRoundsTest.SHIPPED).orElseThrow();
    }

    private static void refused(Runnable call, String messageKey) {
        assertThatThrownBy(call::run).as(messageKey).isInstanceOf(UserFacingException.class)
                .extracting(error -> ((UserFacingException) error).messageKey()).isEqualTo(messageKey);
    }

    private TestAuthority authority(String variant) {
        return TestAuthority.of(context, getClass(), variant);
    }
}
