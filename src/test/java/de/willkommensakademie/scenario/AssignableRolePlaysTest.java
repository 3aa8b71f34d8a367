package de.willkommensakademie.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.learning.AssignedContent;
import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.AssignmentTarget;
import de.willkommensakademie.learning.Assignments;
import de.willkommensakademie.learning.ProgressFact;
import de.willkommensakademie.learning.ProgressFacts;
import de.willkommensakademie.learning.TrainingState;
import de.willkommensakademie.learning.TrainingStatus;
import de.willkommensakademie.learning.TrainingStatuses;
import de.willkommensakademie.people.EmployeeFacts;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Role-plays as assignable content: who may assign which, and what anyone but the player learns of their attempts —
 * done once any attempt reached an ending, whatever the outcome; in progress when started and never finished. In two
 * authorities of the class's own, so no assignment has to be taken back for the team matrices of later classes.
 */
@SpringBootTest
@ActiveProfiles("test")
class AssignableRolePlaysTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ScenarioLibrary library;
    @Autowired
    ScenarioPlay play;
    @Autowired
    AssignableRolePlays rolePlays;
    @Autowired
    Assignments assignments;
    @Autowired
    TrainingStatuses statuses;
    @Autowired
    StaffDirectory staff;
    @Autowired
    ApplicationContext context;

    private TestAuthority authority;
    private TestAuthority other;

    @BeforeEach
    void ownAuthorities() {
        authority = TestAuthority.of(context, getClass());
        other = TestAuthority.of(context, getClass(), "b");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_role_play_is_done_once_any_attempt_reached_an_ending_whatever_the_outcome() {
        long authority = SignedIn.as(accounts, this.authority.trainer()).authorityId();
        long id = RolePlayFixtures.published(library, "Zz Zuweisbar Ende", "Zz Assignable ending");
        long good = SignedIn.as(accounts, this.authority.employee()).accountId();
        RolePlayFixtures.playTo(play, id, true);
        long poor = SignedIn.as(accounts, this.authority.buddy()).accountId();
        Play poorEnding = RolePlayFixtures.playTo(play, id, false);
        assertThat(poorEnding.ended()).isTrue();
        // started again after the ending: still done
        RolePlayFixtures.startOnly(play, id);
        long started = SignedIn.as(accounts, this.authority.outsider()).accountId();
        RolePlayFixtures.startOnly(play, id);
        long never = this.authority.admin().id();
        SignedIn.nobody();

        Map<Long, ProgressFact> facts = byPerson(rolePlays.progress(authority, List.of(good, poor, started, never),
                List.of(id)));
        assertThat(facts.keySet()).containsExactlyInAnyOrder(good, poor, started);
        assertThat(facts.get(good).completedAt()).isNotNull();
        assertThat(facts.get(poor).completedAt()).as("a poor ending is an ending").isNotNull();
        assertThat(facts.get(poor).startedAt()).as("the latest start").isAfterOrEqualTo(facts.get(poor).completedAt());
        assertThat(facts.get(started).startedAt()).isNotNull();
        assertThat(facts.get(started).completedAt()).as("in progress").isNull();
        assertThat(facts.values()).allSatisfy(fact -> {
            assertThat(fact.contentId()).isEqualTo(id);
            assertThat(fact.expiresAt()).as("role-plays do not expire").isNull();
        });

        assertThat(rolePlays.progress(authority, List.of(good), List.of(id))).singleElement()
                .isEqualTo(facts.get(good));
        long otherAuthority = other.id();
        assertThat(rolePlays.progress(otherAuthority, List.of(good, poor), List.of(id))).isEmpty();

        // more people than a query names are refused: whole-authority views read the assigned progress instead
        List<Long> many = new ArrayList<>(List.of(good, poor, started, never));
        for (long fake = -1; many.size() <= ProgressFacts.MAX_LISTED_PEOPLE; fake--) {
            many.add(fake);
        }
        assertThatThrownBy(() -> rolePlays.progress(authority, many, List.of(id)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_whole_authority_read_has_the_same_facts_for_whom_a_role_play_is_assigned_and_none_for_others() {
        long authority = SignedIn.as(accounts, this.authority.trainer()).authorityId();
        long id = RolePlayFixtures.published(library, "Zz Zuweisbar Behörde", "Zz Assignable authority");
        // in Team Nord, in Team Süd, back office like the admin, the admin, the manager of Team Nord
        List<Person> players = List.of(this.authority.employee(), this.authority.outsider(), this.authority.buddy(),
                this.authority.admin(), this.authority.manager());
        List<Long> ids = new ArrayList<>();
        for (int index = 0; index < players.size(); index++) {
            ids.add(SignedIn.as(accounts, players.get(index)).accountId());
            if (index % 2 == 0) {
                RolePlayFixtures.playTo(play, id, index == 0);
            } else {
                RolePlayFixtures.startOnly(play, id);
            }
        }
        SignedIn.as(accounts, this.authority.trainer());
        assertThat(rolePlays.assignedProgress(authority)).as("nothing assigned yet")
                .noneMatch(fact -> fact.contentId() == id);
        Map<Long, ProgressFact> listed = byPerson(rolePlays.progress(authority, ids, List.of(id)));
        assertThat(listed).hasSize(players.size());

        Map<Long, EmployeeFacts> people = staff.activeFacts(authority).stream()
                .collect(Collectors.toMap(EmployeeFacts::id, person -> person));
        EmployeeFacts inPerson = people.get(ids.get(0));
        EmployeeFacts byTeam = people.get(ids.get(1));
        EmployeeFacts byJobRole = people.get(ids.get(2));
        // in person, through a team and through a job role; the first also through the team: still one fact
        assignments.assign(AssignedKind.ROLE_PLAY, id, AssignmentTarget.EMPLOYEE, inPerson.id(), true, null, null, 14);
        assignments.assign(AssignedKind.ROLE_PLAY, id, AssignmentTarget.TEAM, byTeam.teamId(), false, null, null, 14);
        assignments.assign(AssignedKind.ROLE_PLAY, id, AssignmentTarget.JOB_ROLE, byJobRole.jobRoleId(), true, null,
                null, 14);
        if (inPerson.teamId() != null) {
            assignments.assign(AssignedKind.ROLE_PLAY, id, AssignmentTarget.TEAM, inPerson.teamId(), false, null,
                    null, 14);
        }

        Map<Long, ProgressFact> expected = listed.entrySet().stream()
                .filter(entry -> {
                    EmployeeFacts person = people.get(entry.getKey());
                    return person.id() == inPerson.id() || Objects.equals(person.teamId(), byTeam.teamId())
                            || Objects.equals(person.teamId(), inPerson.teamId())
                            || Objects.equals(person.jobRoleId(), byJobRole.jobRoleId());
                })
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<ProgressFact> whole = rolePlays.assignedProgress(authority).stream()
                .filter(fact -> fact.contentId() == id).toList();
        assertThat(whole).hasSize(expected.size());
        assertThat(byPerson(whole)).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(expected).containsKeys(ids.get(0), ids.get(1), ids.get(2));
        SignedIn.as(accounts, other.admin());
        assertThat(rolePlays.assignedProgress(other.id())).noneMatch(fact -> fact.contentId() == id);
    }

    @Test
    void what_leaves_here_is_never_a_score_an_outcome_or_a_transcript() {
        assertThat(Arrays.stream(ProgressFact.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("employeeId", "contentId", "startedAt", "completedAt", "expiresAt");
        assertThat(Arrays.stream(AttemptFact.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("employeeId", "scenarioId", "lastStartedAt", "firstCompletedAt");
    }

    @Test
    void a_manager_sees_done_in_progress_and_not_started_of_an_assigned_role_play_and_never_how_it_ended() {
        long authority = SignedIn.as(accounts, this.authority.trainer()).authorityId();
        long id = RolePlayFixtures.published(library, "Zz Zuweisbar Status", "Zz Assignable status");
        long poor = SignedIn.as(accounts, this.authority.employee()).accountId();
        RolePlayFixtures.playTo(play, id, false);
        long started = SignedIn.as(accounts, this.authority.buddy()).accountId();
        RolePlayFixtures.startOnly(play, id);
        long never = this.authority.manager().id();
        SignedIn.as(accounts, this.authority.manager());
        for (long person : List.of(poor, started, never)) {
            assignments.assign(AssignedKind.ROLE_PLAY, id, AssignmentTarget.EMPLOYEE, person, true,
                    LocalDate.now().plusDays(20), null, null);
        }
        SignedIn.nobody();

        List<EmployeeFacts> people = staff.activeFacts(authority).stream()
                .filter(person -> List.of(poor, started, never).contains(person.id())).toList();
        TrainingStatuses.Assigned assigned = statuses.of(authority, people, 60);
        AssignedContent rolePlay = new AssignedContent(AssignedKind.ROLE_PLAY, id);
        Map<Long, TrainingState> states = assigned.statuses().stream()
                .filter(status -> status.content().equals(rolePlay))
                .collect(Collectors.toMap(TrainingStatus::employeeId, TrainingStatus::state));
        assertThat(states).containsExactlyInAnyOrderEntriesOf(Map.of(poor, TrainingState.DONE,
                started, TrainingState.IN_PROGRESS, never, TrainingState.NOT_STARTED));
        assertThat(assigned.titles().get(rolePlay).titleDe()).isEqualTo("Zz Zuweisbar Status");
    }

    @Test
    void only_published_role_plays_the_authority_can_see_are_assignable() {
        SignedIn.as(accounts, authority.trainer());
        long draft = RolePlayFixtures.draft(library, "Zz Zuweisbar Entwurf", "Zz Assignable draft");
        long own = RolePlayFixtures.published(library, "Zz Zuweisbar eigen", "Zz Assignable own");
        long shipped = play.playable().stream().filter(s -> s.key().equals("angry-client")).findFirst()
                .orElseThrow().id();
        rolePlays.requireAssignable(own);
        rolePlays.requireAssignable(shipped);
        assertThatThrownBy(() -> rolePlays.requireAssignable(draft)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("assignment.error.not-published");
        long employee = authority.employee().id();
        assertThatThrownBy(() -> assignments.assign(AssignedKind.ROLE_PLAY, draft, AssignmentTarget.EMPLOYEE,
                employee, true, null, null, 14)).isInstanceOf(UserFacingException.class);

        // another authority sees neither the draft nor the unshared published one
        SignedIn.as(accounts, other.admin());
        assertThatThrownBy(() -> rolePlays.requireAssignable(own)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> rolePlays.requireAssignable(draft)).isInstanceOf(RecordNotFoundException.class);
        long theirs = other.employee().id();
        assertThatThrownBy(() -> assignments.assign(AssignedKind.ROLE_PLAY, own, AssignmentTarget.EMPLOYEE, theirs,
                true, null, null, 14)).isInstanceOf(RecordNotFoundException.class);
        rolePlays.requireAssignable(shipped);

        // once shared, the published one is theirs to assign too
        SignedIn.as(accounts, authority.trainer());
        library.share(own, library.draft(own).version(), true);
        SignedIn.as(accounts, other.admin());
        rolePlays.requireAssignable(own);
        // a shared role-play reaches every authority, the demo ones too: unshared again for the classes after this
        SignedIn.as(accounts, authority.trainer());
        library.share(own, library.draft(own).version(), false);
    }

    private static Map<Long, ProgressFact> byPerson(List<ProgressFact> facts) {
        return facts.stream().collect(Collectors.toMap(ProgressFact::employeeId, fact -> fact));
    }
}
