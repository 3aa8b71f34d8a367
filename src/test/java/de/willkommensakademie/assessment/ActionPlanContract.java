package de.willkommensakademie.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.AssignmentTarget;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.learning.LearningItem;
import de.willkommensakademie.learning.MyLearning;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The action plan's rules on each database we support (H2 and PostgreSQL subclasses): who creates, sees, edits and
 * changes which action, every bad input refused with nothing stored, the one-step assignment through the learning
 * feature's rules, and which earlier actions the next round's results show. Each test works in its own authority.
 */
abstract class ActionPlanContract {

    @Autowired
    ApplicationContext context;
    @Autowired
    ActionPlan plan;
    @Autowired
    MyLearning myLearning;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService accounts;

    private TestAuthority authority;
    private ActionFixture fixture;
    private LocalDate today;

    @BeforeEach
    void today() {
        today = LocalDate.now();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private void own(String variant) {
        authority = TestAuthority.of(context, getClass(), variant);
        fixture = new ActionFixture(jdbc, authority);
    }

    private void as(Person person) {
        SignedIn.as(accounts, person);
    }

    private ActionDraft draft(long roundId, Person owner, String... statements) {
        return new ActionDraft(roundId, "Zz Leitbild-Workshop", Cornerstone.COMPETENCES, Set.of(statements),
                owner.id(), today.plusMonths(2), null, null);
    }

    private long actions() {
        return jdbc.queryForObject("select count(*) from assessment_action where authority_id = ?", Long.class,
                authority.id());
    }

    private long assignments() {
        return jdbc.queryForObject("select count(*) from assignment where authority_id = ?", Long.class,
                authority.id());
    }

    @Test
    void an_administrator_creates_for_any_round_the_owner_sees_it_and_a_manager_only_what_is_theirs() {
        own("admin");
        long round = fixture.teamRound("Zz Süd 2026", today.minusWeeks(6), authority.otherTeamId(),
                authority.admin().id());
        as(authority.admin());
        long id = plan.create(new ActionDraft(round, "Zz Deeskalation üben", Cornerstone.COMPETENCES,
                Set.of("comp-deescalation"), authority.buddy().id(), today.plusMonths(1), authority.otherTeamId(),
                "Mit der Polizei"), null);
        ActionRow row = plan.load(id);
        assertThat(row.ownerName()).isEqualTo(authority.buddy().fullName());
        assertThat(row.roundTitle()).isEqualTo("Zz Süd 2026");
        assertThat(row.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(row.editable()).isTrue();
        assertThat(plan.find(Set.of(), false, PageRequest.of(0, 10))).extracting(ActionRow::id).contains(id);

        as(authority.buddy());
        assertThat(plan.hasPending()).isTrue();
        assertThat(plan.myPending()).extracting(ActionSummary::title).containsExactly("Zz Deeskalation üben");
        assertThat(plan.find(Set.of(), true, PageRequest.of(0, 10))).singleElement()
                .satisfies(owned -> assertThat(owned.editable()).isFalse());
        plan.changeStatus(id, row.version(), ActionStatus.IN_PROGRESS);
        assertThat(plan.load(id).status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThatThrownBy(() -> plan.update(id, row.version() + 1, draft(round, authority.buddy(),
                "comp-deescalation"))).isInstanceOf(AccessDeniedException.class);

        // neither owner nor creator: the manager of the owner's team does not see it, nor does another employee
        as(authority.manager());
        assertThat(plan.count(Set.of(), false)).isZero();
        assertThatThrownBy(() -> plan.load(id)).isInstanceOf(RecordNotFoundException.class);
        as(authority.employee());
        assertThatThrownBy(() -> plan.changeStatus(id, row.version() + 1, ActionStatus.DONE))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(plan.hasPending()).isFalse();
        assertThatThrownBy(() -> plan.create(draft(round, authority.employee(), "comp-deescalation"), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_manager_acts_on_rounds_they_may_see_for_themselves_or_their_team_members_only() {
        own("manager");
        long ownTeam = fixture.teamRound("Zz Nord", today.minusWeeks(6), authority.teamId(), authority.manager().id());
        long whole = fixture.wholeAuthorityRound("Zz Alle", today.minusWeeks(8));
        long otherTeam = fixture.teamRound("Zz Ost", today.minusWeeks(6), authority.thirdTeamId(),
                authority.secondManager().id());
        as(authority.manager());
        assertThat(plan.rounds()).extracting(RoundOption::title).contains("Zz Nord", "Zz Alle")
                .doesNotContain("Zz Ost");
        long mine = plan.create(draft(ownTeam, authority.manager(), "comp-deescalation"), null);
        long forMember = plan.create(draft(whole, authority.employee(), "comp-interpreters"), null);
        assertThat(plan.find(Set.of(), false, PageRequest.of(0, 10))).extracting(ActionRow::id)
                .containsExactlyInAnyOrder(mine, forMember);

        long before = actions();
        assertThatThrownBy(() -> plan.create(draft(otherTeam, authority.manager(), "comp-deescalation"), null))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> plan.create(draft(ownTeam, authority.outsider(), "comp-deescalation"), null))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("assessment.action.error.owner");
        assertThatThrownBy(() -> plan.create(draft(ownTeam, authority.englishSpeaker(), "comp-deescalation"), null))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("assessment.action.error.owner");
        assertThatThrownBy(() -> plan.create(new ActionDraft(ownTeam, "Zz", Cornerstone.COMPETENCES,
                Set.of("comp-deescalation"), authority.manager().id(), today.plusDays(5), authority.otherTeamId(),
                null), null)).hasMessageContaining("assessment.action.error.team");
        assertThat(actions()).isEqualTo(before);

        // the other team's manager sees none of it; an administrator of another authority finds nothing
        as(authority.secondManager());
        assertThatThrownBy(() -> plan.load(mine)).isInstanceOf(RecordNotFoundException.class);
        TestAuthority other = TestAuthority.of(context, getClass(), "manager-other");
        as(other.admin());
        assertThatThrownBy(() -> plan.load(mine)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> plan.create(draft(ownTeam, other.admin(), "comp-deescalation"), null))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> plan.addressing(ownTeam)).isInstanceOf(RecordNotFoundException.class);
        assertThat(plan.count(Set.of(), false)).isZero();
    }

    @Test
    void every_bad_input_is_refused_with_its_message_and_nothing_is_stored() {
        own("bad");
        long round = fixture.wholeAuthorityRound("Zz Runde", today.minusWeeks(6));
        TestAuthority other = TestAuthority.of(context, getClass(), "bad-other");
        as(authority.manager());
        long before = actions();
        long assigned = assignments();
        Person manager = authority.manager();
        Map<String, ActionDraft> bad = Map.of(
                "assessment.action.error.title", new ActionDraft(round, "  ", Cornerstone.COMPETENCES,
                        Set.of("comp-deescalation"), manager.id(), today.plusDays(3), null, null),
                "assessment.action.error.due-past", new ActionDraft(round, "Zz", Cornerstone.COMPETENCES,
                        Set.of("comp-deescalation"), manager.id(), today.minusDays(1), null, null),
                "assessment.action.error.due-missing", new ActionDraft(round, "Zz", Cornerstone.COMPETENCES,
                        Set.of("comp-deescalation"), manager.id(), null, null, null),
                "assessment.action.error.owner[]", new ActionDraft(round, "Zz", Cornerstone.COMPETENCES,
                        Set.of("comp-deescalation"), other.employee().id(), today.plusDays(3), null, null),
                "assessment.action.error.statement-unknown", new ActionDraft(round, "Zz", Cornerstone.COMPETENCES,
                        Set.of("comp-deescalation", "not-in-questionnaire"), manager.id(), today.plusDays(3), null,
                        null),
                "assessment.action.error.statement-cornerstone", new ActionDraft(round, "Zz",
                        Cornerstone.COMPETENCES, Set.of("self-mission"), manager.id(), today.plusDays(3), null, null),
                "assessment.action.error.no-statements", new ActionDraft(round, "Zz", Cornerstone.COMPETENCES,
                        Set.of(), manager.id(), today.plusDays(3), null, null),
                "assessment.action.error.title-length", new ActionDraft(round, "x".repeat(ActionLimits.TITLE + 1),
                        Cornerstone.COMPETENCES, Set.of("comp-deescalation"), manager.id(), today.plusDays(3), null,
                        null));
        bad.forEach((message, draft) -> assertThatThrownBy(() -> plan.create(draft, null)).as(message)
                .isInstanceOf(UserFacingException.class).hasMessageStartingWith(message));
        assertThatThrownBy(() -> plan.create(draft(-1, manager, "comp-deescalation"), null))
                .as("unknown round").isInstanceOf(RecordNotFoundException.class);
        long planned = fixture.wholeAuthorityRound("Zz Geplant", today.plusDays(1));
        assertThatThrownBy(() -> plan.create(draft(planned, manager, "comp-deescalation"), null))
                .hasMessageStartingWith("assessment.action.error.round-not-started");
        // a manager may not assign to a job role, nor to a team they do not lead: the action is not stored either
        long frontOffice = frontOffice();
        assertThatThrownBy(() -> plan.create(draft(round, manager, "comp-deescalation"),
                new AssignRequest(AssignmentTarget.JOB_ROLE, frontOffice, true)))
                .hasMessageStartingWith("assessment.action.error.assignment-not-allowed");
        assertThatThrownBy(() -> plan.create(draft(round, manager, "comp-deescalation"),
                new AssignRequest(AssignmentTarget.TEAM, authority.otherTeamId(), true)))
                .hasMessageStartingWith("assessment.action.error.assignment-not-allowed");
        ActionDraft unlinked = new ActionDraft(round, "Zz", Cornerstone.NETWORKING, Set.of("net-unlinked"),
                manager.id(), today.plusDays(3), null, null);
        assertThatThrownBy(() -> plan.create(unlinked, new AssignRequest(AssignmentTarget.TEAM, authority.teamId(),
                true))).hasMessageStartingWith("assessment.action.error.nothing-to-assign");
        assertThat(actions()).isEqualTo(before);
        assertThat(assignments()).isEqualTo(assigned);
    }

    @Test
    void assigning_in_one_step_goes_through_the_learning_rules_and_shows_in_the_team_members_learning() {
        own("assign");
        long round = fixture.wholeAuthorityRound("Zz Runde", today.minusWeeks(6));
        as(authority.manager());
        assertThat(plan.linkedContent(round, List.of("comp-deescalation", "comp-interpreters")))
                .extracting(LinkedContent::kind, LinkedContent::key, LinkedContent::assignable)
                .containsExactlyInAnyOrder(
                        tuple(AssignedKind.MODULE, "de-escalation-safety", true),
                        tuple(AssignedKind.ROLE_PLAY, "angry-client", true),
                        tuple(AssignedKind.MODULE, "interpreters-plain-language", true),
                        tuple(AssignedKind.MODULE, "no-such-module", false));
        long id = plan.create(draft(round, authority.manager(), "comp-deescalation"),
                new AssignRequest(AssignmentTarget.TEAM, authority.teamId(), true));

        assertThat(plan.load(id).assigned()).containsExactlyInAnyOrder(
                new ActionAssignment(AssignedKind.MODULE, "de-escalation-safety", AssignmentTarget.TEAM,
                        authority.teamId()),
                new ActionAssignment(AssignedKind.ROLE_PLAY, "angry-client", AssignmentTarget.TEAM,
                        authority.teamId()));
        assertThat(jdbc.queryForObject("select count(*) from assignment where authority_id = ? and target_kind = 'TEAM'"
                + " and target_id = ? and mandatory = true and due_date = ?", Long.class, authority.id(),
                authority.teamId(), today.plusMonths(2))).isEqualTo(2);

        as(authority.employee());
        assertThat(myLearning.overview()).filteredOn(item -> item.group() != LearningItem.Group.DONE)
                .extracting(item -> item.title(Locale.ENGLISH))
                .contains("De-escalation and safety at the counter");

        // an administrator assigns to a job role
        as(authority.admin());
        long frontOffice = frontOffice();
        long byAdmin = plan.create(new ActionDraft(round, "Zz Dolmetschen", Cornerstone.COMPETENCES,
                Set.of("comp-interpreters"), authority.admin().id(), today.plusMonths(3), null, null),
                new AssignRequest(AssignmentTarget.JOB_ROLE, frontOffice, false));
        assertThat(plan.load(byAdmin).assigned()).containsExactly(new ActionAssignment(AssignedKind.MODULE,
                "interpreters-plain-language", AssignmentTarget.JOB_ROLE, frontOffice));
    }

    @Test
    void editing_refuses_an_outdated_copy_and_people_other_than_creator_and_administrators() {
        own("edit");
        long round = fixture.wholeAuthorityRound("Zz Runde", today.minusWeeks(6));
        as(authority.manager());
        long id = plan.create(draft(round, authority.employee(), "comp-deescalation"), null);
        ActionRow loaded = plan.load(id);
        plan.update(id, loaded.version(), new ActionDraft(round, "Zz Neuer Titel", Cornerstone.COMPETENCES,
                Set.of("comp-deescalation", "comp-interpreters"), authority.buddy().id(), today.plusMonths(1), null,
                "Notiz"));
        ActionRow changed = plan.load(id);
        assertThat(changed.title()).isEqualTo("Zz Neuer Titel");
        assertThat(changed.statementKeys()).containsExactly("comp-deescalation", "comp-interpreters");
        assertThat(changed.ownerName()).isEqualTo(authority.buddy().fullName());
        assertThatThrownBy(() -> plan.update(id, loaded.version(), draft(round, authority.manager(),
                "comp-deescalation"))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> plan.changeStatus(id, loaded.version(), ActionStatus.DONE))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        as(authority.admin());
        plan.changeStatus(id, changed.version(), ActionStatus.DONE);
        assertThatThrownBy(() -> plan.changeStatus(id, plan.load(id).version(), ActionStatus.DONE))
                .hasMessageStartingWith("assessment.action.error.same-status");
        as(authority.buddy());
        assertThat(plan.hasPending()).as("done is not pending").isFalse();
    }

    @Test
    void the_next_rounds_results_see_the_actions_of_earlier_rounds_only() {
        own("addressing");
        long first = fixture.wholeAuthorityRound("Zz 2024", today.minusYears(2));
        long second = fixture.wholeAuthorityRound("Zz 2026", today.minusWeeks(2));
        as(authority.admin());
        long early = plan.create(new ActionDraft(first, "Zz Aus 2024", Cornerstone.COMPETENCES,
                Set.of("comp-deescalation", "comp-interpreters"), authority.manager().id(), today.plusDays(10),
                null, null), null);
        plan.create(new ActionDraft(second, "Zz Aus 2026", Cornerstone.COMPETENCES, Set.of("comp-deescalation"),
                authority.manager().id(), today.plusDays(10), null, null), null);

        Map<String, List<ActionSummary>> shown = plan.addressing(second);
        assertThat(shown.keySet()).containsExactly("comp-deescalation", "comp-interpreters");
        assertThat(shown.get("comp-deescalation")).singleElement().satisfies(action -> {
            assertThat(action.id()).isEqualTo(early);
            assertThat(action.roundId()).isEqualTo(first);
            assertThat(action.ownerName()).isEqualTo(authority.manager().fullName());
            assertThat(action.overdue()).isFalse();
        });
        assertThat(plan.addressing(first)).isEmpty();
    }

    private long frontOffice() {
        return jdbc.queryForObject("select id from job_role where authority_id = ? and code = 'front-office'",
                Long.class, authority.id());
    }
}
