package de.willkommensakademie.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.people.EmployeeFacts;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.TeamService;
import de.willkommensakademie.people.TestAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Starting, listing and ending rounds: who is asked, which counters exist from the start, every bad input refused with
 * its own message and nothing stored, managers only for their own teams, another authority's round not found, the one
 * reminder, and the earlier round to compare with.
 */
@SpringBootTest
@ActiveProfiles("test")
class AssessmentRoundsTest {

    static final String SHIPPED = "willkommensbehoerde";

    @Autowired
    ApplicationContext context;
    @Autowired
    AssessmentRounds rounds;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    TeamService teams;
    @Autowired
    JobRoleService jobRoles;
    @Autowired
    RoundReminders reminders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void an_admin_starts_a_round_that_asks_every_active_person_with_counters_made_at_zero() {
        TestAuthority authority = authority("");
        SignedIn.as(accounts, authority.admin());
        LocalDate today = LocalDate.now();

        RoundInfo round = rounds.start(wholeAuthority("Standortbestimmung 2026", today, today.plusWeeks(3)));

        assertThat(round.status()).isEqualTo(RoundStatus.RUNNING);
        assertThat(round.asked()).as("everyone active; the one who left is not asked").isEqualTo(8);
        assertThat(round.respondents()).isZero();
        assertThat(jdbc.queryForList("select employee_id from assessment_participation where round_id = ?",
                Long.class, round.id())).doesNotContain(authority.left().id()).contains(authority.employee().id());
        int statements = questionnaires.version(round.questionnaireVersionId()).statements().size();
        assertThat(jdbc.queryForObject("select count(*) from assessment_tally where round_id = ? and answers = 0",
                Integer.class, round.id())).as("whole round only: no team or job role has 5 people asked")
                .isEqualTo(statements * 2 * 6);
        assertThat(rounds.answers(round.id()).groups()).singleElement()
                .satisfies(group -> assertThat(group.kind()).isEqualTo(GroupKind.ALL));
        assertThat(rounds.list(PageRequest.of(0, 10))).extracting(RoundInfo::id).contains(round.id());
    }

    @Test
    void someone_who_joins_after_the_first_day_is_not_asked() {
        TestAuthority authority = authority("joining");
        LocalDate today = LocalDate.now();
        jdbc.update("update employee set start_date = ? where id = ?", today.plusDays(10), authority.employee().id());
        SignedIn.as(accounts, authority.admin());

        RoundInfo now = rounds.start(wholeAuthority("Jetzt", today, today.plusWeeks(3)));
        RoundInfo later = rounds.start(wholeAuthority("Später", today.plusDays(10), today.plusWeeks(3)));

        assertThat(now.asked()).isEqualTo(7);
        assertThat(later.asked()).as("from the first day on").isEqualTo(8);
    }

    @Test
    void teams_and_job_roles_get_counters_only_from_five_people_asked() {
        var people = List.of(new EmployeeFacts(1, 1, 10L, 20L, null),
                new EmployeeFacts(2, 1, 10L, 20L, null),
                new EmployeeFacts(3, 1, 10L, 21L, null),
                new EmployeeFacts(4, 1, 10L, 21L, null),
                new EmployeeFacts(5, 1, 10L, null, null),
                new EmployeeFacts(6, 1, 11L, 20L, null),
                new EmployeeFacts(7, 1, null, 20L, null),
                new EmployeeFacts(8, 1, null, 20L, null));

        assertThat(AssessmentRounds.groups(people)).containsExactly(Map.entry(RoundGroup.ALL, 8),
                Map.entry(new RoundGroup(GroupKind.TEAM, 10), 5),
                Map.entry(new RoundGroup(GroupKind.JOB_ROLE, 20), 5));
    }

    @Test
    void bad_input_is_refused_with_its_own_message_and_nothing_is_stored() {
        TestAuthority authority = authority("bad");
        SignedIn.as(accounts, authority.admin());
        LocalDate today = LocalDate.now();
        long shipped = shipped();
        long emptyTeam = teams.create("Leeres Team").id();
        long foreignTeam = authority("other").teamId();

        refused(new RoundForm(shipped, " ", true, null, null, today, today.plusDays(7), null),
                "assessment.round.error.title-required");
        refused(new RoundForm(shipped, "x".repeat(201), true, null, null, today, today.plusDays(7), null),
                "assessment.round.error.title-too-long");
        refused(new RoundForm(-5L, "Runde", true, null, null, today, today.plusDays(7), null),
                "assessment.round.error.questionnaire");
        refused(new RoundForm(null, "Runde", true, null, null, today, today.plusDays(7), null),
                "assessment.round.error.questionnaire");
        refused(new RoundForm(shipped, "Runde", true, null, null, null, today.plusDays(7), null),
                "assessment.round.error.dates-required");
        refused(new RoundForm(shipped, "Runde", true, null, null, today.minusDays(1), today.plusDays(7), null),
                "assessment.round.error.start-in-past");
        refused(new RoundForm(shipped, "Runde", true, null, null, today.plusDays(7), today.plusDays(6), null),
                "assessment.round.error.end-before-start");
        refused(new RoundForm(shipped, "Runde", true, null, null, today, today.plusDays(7), today.plusDays(8)),
                "assessment.round.error.reminder-outside");
        refused(new RoundForm(shipped, "Runde", false, null, null, today, today.plusDays(7), null),
                "assessment.round.error.audience-required");
        refused(new RoundForm(shipped, "Runde", false, Set.of(emptyTeam), null, today, today.plusDays(7), null),
                "assessment.round.error.no-respondents");
        refused(new RoundForm(shipped, "Runde", false, Set.of(foreignTeam), null, today, today.plusDays(7), null),
                "assessment.round.error.team");
        refused(new RoundForm(shipped, "Runde", false, null, Set.of(-3L), today, today.plusDays(7), null),
                "assessment.round.error.job-role");

        assertThat(jdbc.queryForObject("select count(*) from assessment_round where authority_id = ?", Integer.class,
                authority.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from assessment_participation p join employee e"
                + " on e.id = p.employee_id where e.authority_id = ?", Integer.class, authority.id())).isZero();
    }

    @Test
    void a_manager_asks_only_the_teams_they_lead_and_sees_only_their_rounds_whole_authority_ones_and_their_teams() {
        TestAuthority authority = authority("managers");
        LocalDate today = LocalDate.now();
        SignedIn.as(accounts, authority.admin());
        long shipped = shipped();
        RoundInfo whole = rounds.start(wholeAuthority("Alle", today, today.plusDays(10)));
        long frontOffice = jobRoles.options().getFirst().id();
        RoundInfo south = rounds.start(new RoundForm(shipped, "Süd", false, Set.of(authority.otherTeamId()), null,
                today, today.plusDays(10), null));

        SignedIn.as(accounts, authority.manager());
        assertThat(rounds.mayAskWholeAuthority()).isFalse();
        assertThat(rounds.teamsToAsk()).extracting(team -> team.id()).containsExactly(authority.teamId());
        RoundInfo north = rounds.start(new RoundForm(shipped, "Nord", false, Set.of(authority.teamId()), null, today,
                today.plusDays(10), null));
        assertThat(north.asked()).as("manager, employee and buddy; not the one who left").isEqualTo(3);
        refused(new RoundForm(shipped, "Süd", false, Set.of(authority.otherTeamId()), null, today,
                today.plusDays(10), null), "assessment.round.error.team");
        refused(new RoundForm(shipped, "Alle", true, null, null, today, today.plusDays(10), null),
                "assessment.round.error.whole-authority");
        refused(new RoundForm(shipped, "Rolle", false, null, Set.of(frontOffice), today, today.plusDays(10), null),
                "assessment.round.error.teams-only");
        assertThat(rounds.list(PageRequest.of(0, 10))).extracting(RoundInfo::id)
                .containsExactlyInAnyOrder(whole.id(), north.id());
        assertThat(rounds.count()).isEqualTo(2);
        assertThatThrownBy(() -> rounds.round(south.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> rounds.answers(south.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> rounds.end(whole.id(), whole.version())).as("an admin's round")
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(rounds.mayEnd(whole)).isFalse();
        assertThat(rounds.mayEnd(north)).isTrue();

        SignedIn.as(accounts, authority.secondManager());
        assertThat(rounds.list(PageRequest.of(0, 10))).extracting(RoundInfo::id).containsExactly(whole.id());
    }

    @Test
    void another_authoritys_round_is_not_found() {
        TestAuthority authority = authority("isolated");
        LocalDate today = LocalDate.now();
        SignedIn.as(accounts, authority.admin());
        RoundInfo round = rounds.start(wholeAuthority("Unsere", today, today.plusDays(10)));

        SignedIn.as(accounts, authority("elsewhere").admin());
        assertThatThrownBy(() -> rounds.round(round.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> rounds.answers(round.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> rounds.end(round.id(), round.version())).isInstanceOf(RecordNotFoundException.class);
        assertThat(rounds.list(PageRequest.of(0, 10))).extracting(RoundInfo::id).doesNotContain(round.id());
    }

    @Test
    void ending_early_needs_the_current_version_and_takes_no_answers_from_today_on() {
        TestAuthority authority = authority("ending");
        LocalDate today = LocalDate.now();
        SignedIn.as(accounts, authority.admin());
        RoundInfo round = rounds.start(wholeAuthority("Kurz", today, today.plusDays(10)));

        rounds.end(round.id(), round.version());

        RoundInfo ended = rounds.round(round.id());
        assertThat(ended.status()).isEqualTo(RoundStatus.ENDED);
        assertThat(ended.endsOn()).isEqualTo(today.minusDays(1));
        assertThatThrownBy(() -> rounds.end(round.id(), round.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> rounds.end(round.id(), ended.version())).isInstanceOf(UserFacingException.class)
                .extracting(error -> ((UserFacingException) error).messageKey())
                .isEqualTo("assessment.round.error.already-ended");
    }

    @Test
    void the_reminder_goes_once_to_those_who_have_not_answered_on_its_date() {
        TestAuthority authority = authority("reminded");
        LocalDate today = LocalDate.now();
        SignedIn.as(accounts, authority.admin());
        RoundInfo round = rounds.start(new RoundForm(shipped(), "Mit Erinnerung", true, null, null, today,
                today.plusDays(10), today));
        jdbc.update("update assessment_participation set answered = true where round_id = ? and employee_id = ?",
                round.id(), authority.buddy().id());
        SignedIn.nobody();

        reminders.remind();
        reminders.remind();

        List<Long> reminded = jdbc.queryForList("select recipient_id from notice where dedupe_key = ?", Long.class,
                "assessment-reminder-" + round.id());
        assertThat(reminded).hasSize(7).doesNotContain(authority.buddy().id()).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select reminder_sent from assessment_round where id = ?", Boolean.class,
                round.id())).isTrue();
    }

    @Test
    void the_round_to_compare_with_is_the_latest_earlier_one_with_the_same_people_and_questionnaire() {
        TestAuthority authority = authority("compare");
        LocalDate today = LocalDate.now();
        SignedIn.as(accounts, authority.admin());
        RoundInfo older = rounds.start(wholeAuthority("2022", today, today.plusDays(10)));
        RoundInfo earlier = rounds.start(wholeAuthority("2024", today, today.plusDays(10)));
        RoundInfo team = rounds.start(new RoundForm(shipped(), "Team 2025", false, Set.of(authority.teamId()), null,
                today, today.plusDays(10), null));
        move(older, today.minusYears(4));
        move(earlier, today.minusYears(2));
        move(team, today.minusYears(1));
        RoundInfo now = rounds.start(wholeAuthority("2026", today, today.plusDays(10)));

        assertThat(rounds.previousComparable(now.id())).map(RoundInfo::id).contains(earlier.id());
        assertThat(rounds.previousComparable(earlier.id())).map(RoundInfo::id).contains(older.id());
        assertThat(rounds.previousComparable(older.id())).isEmpty();
        assertThat(rounds.previousComparable(team.id())).as("no earlier round of the same team").isEmpty();
    }

    private void move(RoundInfo round, LocalDate startsOn) {
        jdbc.update("update assessment_round set starts_on = ?, ends_on = ? where id = ?", startsOn,
                startsOn.plusWeeks(3), round.id());
    }

    private RoundForm wholeAuthority(String title, LocalDate startsOn, LocalDate endsOn) {
        return new RoundForm(shipped(), title, true, null, null, startsOn, endsOn, null);
    }

    private long shipped() {
        return questionnaires.newestShippedVersionId(SHIPPED).orElseThrow();
    }

    private void refused(RoundForm form, String messageKey) {
        assertThatThrownBy(() -> rounds.start(form)).as(messageKey).isInstanceOf(UserFacingException.class)
                .extracting(error -> ((UserFacingException) error).messageKey()).isEqualTo(messageKey);
    }

    private TestAuthority authority(String variant) {
        return TestAuthority.of(context, getClass(), variant);
    }
}
