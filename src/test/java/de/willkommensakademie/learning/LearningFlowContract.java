package de.willkommensakademie.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import de.willkommensakademie.SignedIn;
import de.willkommensakademie.base.DomainException;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.notice.NoticeSender;
import de.willkommensakademie.notice.NoticeService;
import de.willkommensakademie.people.EmployeeFacts;
import de.willkommensakademie.people.EmployeeForm;
import de.willkommensakademie.people.EmployeeService;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.MyAccount;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.TeamService;
import de.willkommensakademie.people.TestAuthority;
import de.willkommensakademie.people.TestAuthority.Person;
import de.willkommensakademie.scenario.RolePlayFixtures;
import de.willkommensakademie.scenario.ScenarioLibrary;
import jakarta.persistence.EntityManagerFactory;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hibernate.SessionFactory;
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
import org.springframework.test.context.event.ApplicationEvents;

/**
 * A module's life from import to recertification, and who may see what of it; run on H2 and on PostgreSQL (see the
 * subclasses).
 */
abstract class LearningFlowContract {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ModuleLibrary library;
    @Autowired
    Assignments assignments;
    @Autowired
    MyLearning myLearning;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    MyAccount account;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JobRoleService jobRoles;
    @Autowired
    NoticeService noticeService;
    @Autowired
    NoticeSender sender;
    @Autowired
    StaffDirectory staff;
    @Autowired
    AssignmentRepository assignmentRepository;
    @Autowired
    LearningModuleRepository moduleRepository;
    @Autowired
    List<AssignableContent> assignableKinds;
    @Autowired
    TrainingStatuses trainingStatuses;
    @Autowired
    ScenarioLibrary scenarioLibrary;
    @Autowired
    ApplicationContext context;
    @Autowired
    EmployeeService employeeService;
    @Autowired
    TeamService teams;

    TestAuthority authority;
    TestAuthority other;

    /**
     * Modules are imported, assigned, learned and reminded of in the class's own authority (each database's class has
     * its own), so the demo people's learning stays as the demo made it; "b" is the other authority.
     */
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
    void an_assigned_module_is_learned_failed_passed_completed_once_and_due_again_after_expiry() {
        long moduleId = importModule("flow-module", "Ablauf");
        assignToTeamNord(moduleId);

        SignedIn.as(accounts, authority.employee());
        LearningItem due = item(moduleId);
        assertThat(due.group()).isEqualTo(LearningItem.Group.DUE);
        assertThat(due.mandatory()).isTrue();
        // she started ten days ago, before the assignment: the 30 days count from today
        assertThat(due.dueDate()).isEqualTo(LocalDate.now().plusDays(30));

        PlayerState state = myLearning.open(moduleId);
        assertThat(state.currentLesson()).isZero();
        state = myLearning.view(state.progressId(), 0);
        assertThat(state.doneLessons()).containsExactly(0);
        assertThat(item(moduleId).group()).isEqualTo(LearningItem.Group.IN_PROGRESS);
        assertThat(myLearning.open(moduleId).currentLesson()).as("resumes at the quiz").isEqualTo(1);

        QuizResult failed = myLearning.submitQuiz(state.progressId(), 1, List.of(Set.of(1)));
        assertThat(failed.passed()).isFalse();
        assertThat(failed.questions().getFirst().feedback()).extracting(text -> text.get("de")).containsExactly("Nein.");
        QuizResult passed = myLearning.submitQuiz(state.progressId(), 1, List.of(Set.of(0)));
        assertThat(passed.passed()).isTrue();
        assertThat(passed.moduleCompleted()).isTrue();
        assertThat(events.stream(ModuleCompleted.class).filter(e -> e.moduleKey().equals("flow-module"))).hasSize(1);
        myLearning.view(state.progressId(), 0);
        assertThat(events.stream(ModuleCompleted.class).filter(e -> e.moduleKey().equals("flow-module")))
                .as("announced once").hasSize(1);

        LearningItem done = item(moduleId);
        assertThat(done.group()).isEqualTo(LearningItem.Group.DONE);
        assertThat(done.expiresAt()).isNotNull();

        jdbc.update("update learning_progress set expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(60)), state.progressId());
        LearningItem again = item(moduleId);
        assertThat(again.group()).isIn(LearningItem.Group.OVERDUE, LearningItem.Group.DUE);
        assertThat(myLearning.open(moduleId).progressId()).as("a new attempt after expiry")
                .isNotEqualTo(state.progressId());
    }

    @Test
    void days_after_the_start_count_from_the_assignment_for_people_long_in_post_and_days_after_assignment_from_today() {
        long afterStart = importModule("long-in-post-module", "Lange dabei");
        long afterAssignment = importModule("after-assignment-module", "Nach der Zuweisung");
        SignedIn.as(accounts, authority.trainer());
        long servicepoint = authority.teamId();
        assignments.assign(afterStart, AssignmentTarget.TEAM, servicepoint, true, null, 14);
        assignments.assign(afterAssignment, AssignmentTarget.TEAM, servicepoint, false, null, null, 7);
        assertThatThrownBy(() -> assignments.assign(afterAssignment, AssignmentTarget.TEAM, servicepoint, true, null,
                14, 7)).isInstanceOf(UserFacingException.class);

        SignedIn.as(accounts, authority.manager());
        assertThat(account.myFacts().startDate()).as("the manager is in post for years")
                .isBefore(LocalDate.now().minusYears(1));
        LearningItem due = item(afterStart);
        assertThat(due.dueDate()).isEqualTo(LocalDate.now().plusDays(14));
        assertThat(due.group()).as("not overdue the moment it is assigned").isEqualTo(LearningItem.Group.DUE);
        assertThat(item(afterAssignment).dueDate()).isEqualTo(LocalDate.now().plusDays(7));
        SignedIn.as(accounts, authority.employee());
        assertThat(item(afterAssignment).dueDate()).as("the same day for everyone").isEqualTo(LocalDate.now().plusDays(7));
    }

    @Test
    void with_a_moving_clock_a_training_reminds_once_when_due_soon_once_when_overdue_and_never_when_done() {
        long moduleId = importModule("reminder-module", "Erinnerungsmodul");
        LocalDate due = LocalDate.now().plusDays(20);
        SignedIn.as(accounts, authority.trainer());
        long frontOffice = jobRoles.options().stream().filter(option -> option.code().equals("front-office"))
                .findFirst().orElseThrow().id();
        assignments.assign(moduleId, AssignmentTarget.TEAM, authority.teamId(), true, due, null);
        assignments.assign(moduleId, AssignmentTarget.JOB_ROLE, frontOffice, false, due, null);
        // an assignment of ours naming another authority's person (the service refuses that; stored here directly)
        Person foreign = other.employee();
        assignmentRepository.save(new Assignment(authority.id(), moduleId, AssignmentTarget.EMPLOYEE, foreign.id(),
                true, due, null, "test", Instant.now()));
        // the employee completes it; the buddy, in the same team, does not
        Person done = authority.employee();
        Person open = authority.buddy();
        SignedIn.as(accounts, done);
        long progress = myLearning.open(moduleId).progressId();
        myLearning.view(progress, 0);
        assertThat(myLearning.submitQuiz(progress, 1, List.of(Set.of(0))).moduleCompleted()).isTrue();
        SignedIn.nobody();

        reminders(due.minusDays(10)).remind();
        assertThat(reminded(open, "notice.learning-due")).as("not yet inside the window").isZero();

        reminders(due.minusDays(3)).remind();
        reminders(due.minusDays(2)).remind();
        assertThat(reminded(open, "notice.learning-due")).as("due soon, once").isEqualTo(1);
        assertThat(reminded(open, "notice.learning-overdue")).isZero();

        reminders(due.plusDays(1)).remind();
        reminders(due.plusDays(2)).remind();
        assertThat(reminded(open, "notice.learning-due")).isEqualTo(1);
        assertThat(reminded(open, "notice.learning-overdue")).as("overdue, once").isEqualTo(1);
        SignedIn.as(accounts, open);
        assertThat(noticeService.mine()).filteredOn(notice -> notice.messageKey().equals("notice.learning-overdue"))
                .first().satisfies(notice -> {
                    assertThat(notice.arguments()).contains(due);
                    assertThat(notice.link()).isEqualTo("learning");
                });

        assertThat(reminded(done, "notice.learning-due") + reminded(done, "notice.learning-overdue"))
                .as("completed: no reminder").isZero();
        assertThat(reminded(foreign, "notice.learning-due") + reminded(foreign, "notice.learning-overdue"))
                .as("another authority").isZero();
    }

    @Test
    void learners_stay_on_the_version_they_started_and_new_starts_get_the_newest() {
        long moduleId = importModule("version-module", "Version eins");
        assignToTeamNord(moduleId);
        SignedIn.as(accounts, authority.buddy());
        PlayerState started = myLearning.open(moduleId);
        assertThat(started.versionNumber()).isEqualTo(1);

        importModule("version-module", "Version zwei");

        SignedIn.as(accounts, authority.buddy());
        assertThat(myLearning.open(moduleId).versionNumber()).isEqualTo(1);
        assertThat(myLearning.open(moduleId).content().title().get("de")).isEqualTo("Version eins");
        SignedIn.as(accounts, authority.employee());
        assertThat(myLearning.open(moduleId).versionNumber()).isEqualTo(2);
    }

    @Test
    void a_broken_zip_imports_nothing_and_names_the_problem() {
        SignedIn.as(accounts, authority.trainer());
        byte[] zip = ModuleFixtures.zip(ModuleFixtures.manifest("broken-module", "Kaputt")
                .replace("passPercent: 50", "passPercent: 500"));
        List<ContentProblem> problems = library.importZip(zip);
        assertThat(problems).extracting(ContentProblem::messageKey).containsExactly("module.problem.pass-percent");
        assertThat(library.find("broken-module", null, PageRequest.of(0, 10))).isEmpty();
        assertThatThrownBy(() -> library.importZip("no zip".getBytes())).isInstanceOf(UserFacingException.class);
    }

    @Test
    void nobody_reaches_another_persons_progress_and_managers_get_no_answers() {
        long moduleId = importModule("private-module", "Privat");
        assignToTeamNord(moduleId);
        SignedIn.as(accounts, authority.employee());
        long progressId = myLearning.open(moduleId).progressId();

        SignedIn.as(accounts, authority.outsider());
        assertThatThrownBy(() -> myLearning.view(progressId, 0)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> myLearning.submitQuiz(progressId, 1, List.of(Set.of(0))))
                .isInstanceOf(RecordNotFoundException.class);

        SignedIn.as(accounts, authority.manager());
        assertThatThrownBy(() -> library.statistics(moduleId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myLearning.view(progressId, 0)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void unpublished_modules_stay_inside_their_authority() {
        SignedIn.as(accounts, authority.trainer());
        long draft = library.create("Entwurf nur für die eigene Behörde", "Draft");
        assertThat(library.draft(draft).content().lessons()).as("a new module starts with a translated first lesson")
                .singleElement().extracting(lesson -> lesson.title().get("de"), lesson -> lesson.title().get("en"))
                .containsExactly("Einführung", "Introduction");
        SignedIn.as(accounts, other.admin());
        assertThatThrownBy(() -> library.draft(draft)).isInstanceOf(RecordNotFoundException.class);
        assertThat(library.find("Entwurf nur", null, PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void saving_a_draft_answers_the_version_the_editor_saves_and_publishes_with_next() {
        long moduleId = importModule("saved-version", "Gespeichert");
        SignedIn.as(accounts, authority.trainer());
        ModuleDraft loaded = library.draft(moduleId);

        long saved = library.saveDraft(moduleId, loaded.version(), loaded.content());
        assertThat(saved).isGreaterThan(loaded.version()).isEqualTo(library.draft(moduleId).version());
        assertThatThrownBy(() -> library.saveDraft(moduleId, loaded.version(), loaded.content()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        long savedAgain = library.saveDraft(moduleId, saved, loaded.content());
        assertThat(library.publish(moduleId, savedAgain)).isEmpty();
    }

    @Test
    void an_archived_module_refuses_every_change_with_a_translated_message() {
        long moduleId = importModule("archived-module", "Archiviert");
        SignedIn.as(accounts, authority.trainer());
        ModuleDraft draft = library.draft(moduleId);
        library.archive(moduleId, draft.version());
        long version = library.draft(moduleId).version();

        for (ThrowingCallable change : List.<ThrowingCallable>of(
                () -> library.saveDraft(moduleId, version, draft.content()),
                () -> library.publish(moduleId, version),
                () -> library.archive(moduleId, version),
                () -> library.share(moduleId, version, true),
                () -> library.importZip(ModuleFixtures.zip(ModuleFixtures.manifest("archived-module", "Neu"))))) {
            assertThatThrownBy(change).isInstanceOf(DomainException.class)
                    .extracting(refused -> ((DomainException) refused).messageKey())
                    .isEqualTo("module.error.archived");
        }
        assertThat(library.draft(moduleId)).satisfies(archived -> {
            assertThat(archived.status()).isEqualTo(ContentStatus.ARCHIVED);
            assertThat(archived.publishedVersion()).isEqualTo(1);
            assertThat(archived.content().title().get("de")).isEqualTo("Archiviert");
        });
    }

    @Test
    void another_authority_sees_a_shared_module_only_while_it_is_published() {
        long moduleId = importModule("shared-module", "Geteilt");
        SignedIn.as(accounts, other.admin());
        assertThat(library.count("shared-module", null)).isZero();
        assertThatThrownBy(() -> library.draft(moduleId)).isInstanceOf(RecordNotFoundException.class);

        SignedIn.as(accounts, authority.trainer());
        library.share(moduleId, library.draft(moduleId).version(), true);
        SignedIn.as(accounts, other.admin());
        assertThat(library.find("shared-module", ContentStatus.PUBLISHED, PageRequest.of(0, 10)))
                .singleElement().satisfies(shared -> {
                    assertThat(shared.editable()).isFalse();
                    assertThat(shared.shared()).isTrue();
                });
        assertThat(library.count("shared-module", null)).isEqualTo(1);
        assertThat(library.draft(moduleId).editable()).isFalse();

        SignedIn.as(accounts, authority.trainer());
        library.archive(moduleId, library.draft(moduleId).version());
        SignedIn.as(accounts, other.admin());
        assertThat(library.find("shared-module", null, PageRequest.of(0, 10))).isEmpty();
        assertThatThrownBy(() -> library.draft(moduleId)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void answer_statistics_appear_only_from_five_people_on() {
        long moduleId = importModule("statistics-module", "Statistik");
        assignToTeamNord(moduleId);
        assignments.assign(moduleId, AssignmentTarget.TEAM, authority.thirdTeamId(), true, null, 30);
        // the five active people of Team Nord and Team Ost
        List<Person> people = List.of(authority.employee(), authority.buddy(), authority.manager(),
                authority.secondManager(), authority.englishSpeaker());
        for (int index = 0; index < people.size(); index++) {
            SignedIn.as(accounts, people.get(index));
            long progress = myLearning.open(moduleId).progressId();
            myLearning.submitQuiz(progress, 1, List.of(Set.of(index == 0 ? 1 : 0)));
            SignedIn.as(accounts, authority.trainer());
            QuestionStatistics question = library.statistics(moduleId).getFirst();
            if (index < 4) {
                assertThat(question.shown()).as("after %d people", index + 1).isFalse();
            } else {
                assertThat(question.people()).isEqualTo(5);
                assertThat(question.counts()).extracting(QuestionStatistics.AnswerCount::chosen).containsExactly(4L, 1L);
            }
        }
    }

    @Test
    void my_learning_takes_the_same_number_of_queries_for_one_module_and_role_play_as_for_many() {
        Person trainer = authority.trainer();
        long first = importModule("count-module-1", "Zählen eins", trainer);
        long kowalski = authority.employee().id();
        assignments.assign(first, AssignmentTarget.EMPLOYEE, kowalski, true, null, null);
        long firstRolePlay = RolePlayFixtures.published(scenarioLibrary,
                "Zz Zählen Rollenspiel 1", "Zz Count role-play 1");
        assignments.assign(AssignedKind.ROLE_PLAY, firstRolePlay, AssignmentTarget.EMPLOYEE, kowalski, true, null,
                null, 10);
        long withOne = queriesForOverview(authority.employee().username());
        for (int number = 2; number <= 6; number++) {
            long module = importModule("count-module-" + number, "Zählen " + number, trainer);
            assignments.assign(module, AssignmentTarget.EMPLOYEE, kowalski, number % 2 == 0, null, 10 * number);
            long rolePlay = RolePlayFixtures.published(scenarioLibrary,
                    "Zz Zählen Rollenspiel " + number, "Zz Count role-play " + number);
            assignments.assign(AssignedKind.ROLE_PLAY, rolePlay, AssignmentTarget.EMPLOYEE, kowalski,
                    number % 2 == 0, null, null, 10 * number);
        }
        assertThat(queriesForOverview(authority.employee().username())).isEqualTo(withOne);
        assertThat(myLearning.overview()).filteredOn(LearningItem::isRolePlay).hasSize(6);
    }

    @Test
    void the_whole_authority_read_of_assigned_progress_gives_everyone_the_statuses_that_naming_them_gives() {
        TestAuthority own = authority;
        long moduleId = importModule("whole-authority-module", "Ganze Behörde", own.trainer());
        long authority = own.id();
        // Team Nord: manager, employee and buddy; outside it the admin, the trainer, the outsider and Team Ost
        long servicepoint = own.teamId();
        List<EmployeeFacts> people = staff.activeFacts(authority);
        var inTeam = people.stream().filter(p -> Long.valueOf(servicepoint).equals(p.teamId())).findFirst()
                .orElseThrow();
        var expiredInTeam = people.stream().filter(p -> Long.valueOf(servicepoint).equals(p.teamId()))
                .filter(p -> p.id() != inTeam.id()).findFirst().orElseThrow();
        var byRole = people.stream().filter(p -> !Long.valueOf(servicepoint).equals(p.teamId())
                && p.jobRoleId() != null && !p.jobRoleId().equals(inTeam.jobRoleId())).findFirst().orElseThrow();
        Predicate<EmployeeFacts> unassigned = p ->
                !Long.valueOf(servicepoint).equals(p.teamId()) && !byRole.jobRoleId().equals(p.jobRoleId());
        var inPerson = people.stream().filter(unassigned).findFirst().orElseThrow();
        var stranger = people.stream().filter(unassigned).filter(p -> p.id() != inPerson.id()).findFirst()
                .orElseThrow();
        Instant now = Instant.now();
        Duration day = Duration.ofDays(1);
        // an expired completion and a newer start (in progress), an expired completion alone, one expiring
        // soon, one done, and a start by someone it is not assigned to
        progressRow(authority, inTeam.id(), moduleId, now.minus(day.multipliedBy(500)),
                now.minus(day.multipliedBy(499)), now.minus(day.multipliedBy(134)));
        progressRow(authority, inTeam.id(), moduleId, now.minus(day.multipliedBy(3)), null, null);
        progressRow(authority, expiredInTeam.id(), moduleId, now.minus(day.multipliedBy(500)),
                now.minus(day.multipliedBy(499)), now.minus(day.multipliedBy(134)));
        progressRow(authority, byRole.id(), moduleId, now.minus(day.multipliedBy(340)),
                now.minus(day.multipliedBy(338)), now.plus(day.multipliedBy(27)));
        progressRow(authority, inPerson.id(), moduleId, now.minus(day.multipliedBy(10)),
                now.minus(day.multipliedBy(9)), now.plus(day.multipliedBy(356)));
        progressRow(authority, stranger.id(), moduleId, now.minus(day.multipliedBy(5)), null, null);
        // assigned after the history was written: assigning brings each person's standing up to date
        SignedIn.as(accounts, own.trainer());
        assignments.assign(AssignedKind.MODULE, moduleId, AssignmentTarget.TEAM, servicepoint, true, null, null, 20);
        assignments.assign(AssignedKind.MODULE, moduleId, AssignmentTarget.JOB_ROLE, byRole.jobRoleId(), false, null,
                null, 20);
        assignments.assign(AssignedKind.MODULE, moduleId, AssignmentTarget.EMPLOYEE, inPerson.id(), true, null, null,
                20);

        AssignableContent modules = assignableKinds.stream().filter(k -> k.kind() == AssignedKind.MODULE)
                .findFirst().orElseThrow();
        var facts = modules.assignedProgress(authority).stream().filter(f -> f.contentId() == moduleId)
                .collect(Collectors.toMap(ProgressFact::employeeId, f -> f));
        assertThat(facts.keySet()).as("only where it is assigned").contains(inTeam.id(), byRole.id(),
                inPerson.id()).doesNotContain(stranger.id());
        assertThat(facts.get(inTeam.id()).completedAt()).as("the latest start counts").isNull();
        assertThat(facts).as("the standings are what the progress rows say where it is assigned")
                .isEqualTo(fromProgressRows(authority, moduleId, people, Set.of(inTeam.id(), expiredInTeam.id(),
                        byRole.id(), inPerson.id())));

        TrainingStatuses.Assigned named = trainingStatuses.of(authority, people, 60, false);
        TrainingStatuses.Assigned whole = trainingStatuses.of(authority, people, 60, true);
        assertThat(whole.statuses()).containsExactlyInAnyOrderElementsOf(named.statuses());
        assertThat(whole.titles()).isEqualTo(named.titles());
        AssignedContent module = new AssignedContent(AssignedKind.MODULE, moduleId);
        var states = named.statuses().stream().filter(status -> status.content().equals(module)).collect(
                Collectors.toMap(TrainingStatus::employeeId, TrainingStatus::state));
        assertThat(states).containsEntry(inTeam.id(), TrainingState.IN_PROGRESS)
                .containsEntry(expiredInTeam.id(), TrainingState.EXPIRED)
                .containsEntry(byRole.id(), TrainingState.EXPIRING)
                .containsEntry(inPerson.id(), TrainingState.DONE).doesNotContainKey(stranger.id());
        assertThat(named.statuses()).extracting(TrainingStatus::state)
                .as("Team Nord's third member has not started").contains(TrainingState.NOT_STARTED);

        List<EmployeeFacts> few = List.of(inTeam, stranger);
        assertThat(trainingStatuses.of(authority, few, 60, true).statuses())
                .as("the whole authority's read keeps only the people asked about")
                .containsExactlyInAnyOrderElementsOf(trainingStatuses.of(authority, few, 60, false).statuses());
    }

    @Test
    void the_standings_of_assigned_modules_follow_starts_completions_assignments_and_moves() {
        TestAuthority own = TestAuthority.of(context, getClass(), "s");
        long authority = own.id();
        long moduleId = importModule("standing-module", "Stand", own.trainer());
        SignedIn.as(accounts, own.outsider());
        long outsidersStart = myLearning.open(moduleId).progressId();
        assertThat(standings(authority, moduleId)).as("started, but not assigned to them").isEmpty();

        SignedIn.as(accounts, own.trainer());
        assignments.assign(moduleId, AssignmentTarget.TEAM, own.teamId(), true, null, 30);
        assertThat(standings(authority, moduleId)).as("assigned, but nobody of Team Nord started").isEmpty();

        SignedIn.as(accounts, own.employee());
        long progress = myLearning.open(moduleId).progressId();
        assertThat(standings(authority, moduleId)).containsOnlyKeys(own.employee().id());
        assertThat(standings(authority, moduleId).get(own.employee().id()).completedAt()).isNull();
        myLearning.view(progress, 0);
        assertThat(myLearning.submitQuiz(progress, 1, List.of(Set.of(0))).moduleCompleted()).isTrue();
        assertThat(standings(authority, moduleId).get(own.employee().id()).completedAt()).as("completed").isNotNull();
        List<EmployeeFacts> people = staff.activeFacts(authority);
        assertThat(standings(authority, moduleId))
                .isEqualTo(fromProgressRows(authority, moduleId, people, Set.of(own.employee().id())));
        assertSameStatusesBothWays(authority);

        SignedIn.as(accounts, own.admin());
        moveTo(own.outsider(), own.teamId());
        assertThat(standings(authority, moduleId)).as("moved into Team Nord: their earlier start counts")
                .containsOnlyKeys(own.employee().id(), own.outsider().id());
        assertThat(standings(authority, moduleId)).isEqualTo(fromProgressRows(authority, moduleId, people,
                Set.of(own.employee().id(), own.outsider().id())));
        assertSameStatusesBothWays(authority);
        moveTo(own.outsider(), own.otherTeamId());
        assertThat(standings(authority, moduleId)).as("moved back").containsOnlyKeys(own.employee().id());
        assertSameStatusesBothWays(authority);

        assertThat(backfilled(authority)).as("the migration's statement for existing data gives the same rows")
                .containsExactlyInAnyOrderElementsOf(modules().assignedProgress(authority));
        assertThat(outsidersStart).isNotEqualTo(progress);
    }

    private AssignableContent modules() {
        return assignableKinds.stream().filter(k -> k.kind() == AssignedKind.MODULE).findFirst().orElseThrow();
    }

    private Map<Long, ProgressFact> standings(long authority, long moduleId) {
        return modules().assignedProgress(authority).stream().filter(f -> f.contentId() == moduleId)
                .collect(Collectors.toMap(ProgressFact::employeeId, f -> f));
    }

    /** The facts the progress rows themselves give about this module, for these of the people. */
    private Map<Long, ProgressFact> fromProgressRows(long authority, long moduleId, List<EmployeeFacts> people,
            Set<Long> concerned) {
        return modules().progress(authority, people.stream().map(EmployeeFacts::id).toList(), List.of(moduleId))
                .stream().filter(fact -> concerned.contains(fact.employeeId()))
                .collect(Collectors.toMap(ProgressFact::employeeId, fact -> fact));
    }

    private void assertSameStatusesBothWays(long authority) {
        List<EmployeeFacts> people = staff.activeFacts(authority);
        assertThat(trainingStatuses.of(authority, people, 60, true).statuses())
                .containsExactlyInAnyOrderElementsOf(trainingStatuses.of(authority, people, 60, false).statuses());
    }

    private void moveTo(Person person, long teamId) {
        EmployeeForm form = employeeService.load(person.id());
        form.setTeam(teams.assignableTeams().stream().filter(team -> team.id() == teamId).findFirst().orElseThrow());
        employeeService.update(form);
    }

    /** The rows the migration's one-time statement computes for this authority from the progress rows. */
    private List<ProgressFact> backfilled(long authority) {
        String migration;
        try (var in = getClass().getResourceAsStream("/db/migration/V23__module_standing.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        String insert = migration.substring(migration.indexOf("insert into module_standing"));
        String select = insert.substring(insert.indexOf("select"), insert.lastIndexOf(';'));
        return jdbc.query("select employee_id, module_id, started_at, completed_at, expires_at from (" + select
                + ") backfill where authority_id = ?", (row, n) -> new ProgressFact(row.getLong(1), row.getLong(2),
                        row.getObject(3, OffsetDateTime.class).toInstant(), instant(row, 4),
                        instant(row, 5)), authority);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        var value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Ids for progress rows written here, far above what the sequence hands out in a test run. */
    private long insertedRows;

    private void progressRow(long authority, long employeeId, long moduleId, Instant started,
            Instant completed, Instant expires) {
        long version = jdbc.queryForObject("select max(id) from module_version where module_id = ?", Long.class,
                moduleId);
        jdbc.update("""
                insert into learning_progress (id, version, authority_id, employee_id, module_id, module_version,
                    started_at, viewed_lessons, passed_quizzes, last_lesson, completed_at, expires_at)
                values (?, 0, ?, ?, ?, ?, ?, '', '', 0, ?, ?)""", 800_000_000L + insertedRows++,
                authority, employeeId, moduleId, version, Timestamp.from(started),
                completed == null ? null : Timestamp.from(completed),
                expires == null ? null : Timestamp.from(expires));
    }

    private long queriesForOverview(String username) {
        SignedIn.as(accounts, username);
        myLearning.overview();
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        assertThat(myLearning.overview()).isNotEmpty();
        return statistics.getPrepareStatementCount();
    }

    private long importModule(String key, String title) {
        return importModule(key, title, authority.trainer());
    }

    private long importModule(String key, String title, Person trainer) {
        return importModule(key, title, trainer.username());
    }

    /** Imports the fixture module as the trainer, who stays signed in. */
    private long importModule(String key, String title, String trainer) {
        SignedIn.as(accounts, trainer);
        assertThat(library.importZip(ModuleFixtures.zip(ModuleFixtures.manifest(key, title)))).isEmpty();
        return library.find(key, null, PageRequest.of(0, 10)).stream().filter(m -> m.key().equals(key)).findFirst()
                .orElseThrow().id();
    }

    /** Assigns the module to Team Nord as mandatory, due 30 days after the start; the trainer stays signed in. */
    private void assignToTeamNord(long moduleId) {
        SignedIn.as(accounts, authority.trainer());
        assignments.assign(moduleId, AssignmentTarget.TEAM, authority.teamId(), true, null, 30);
    }

    private LearningReminders reminders(LocalDate day) {
        Clock fixed = Clock.fixed(day.atTime(6, 45).atZone(ZoneId.systemDefault())
                .toInstant(), ZoneId.systemDefault());
        return new LearningReminders(assignmentRepository, moduleRepository, staff, sender,
                assignableKinds, fixed, 7);
    }

    /** How many reminders of this kind the person has for the reminder test's module. */
    private long reminded(Person person, String key) {
        SignedIn.as(accounts, person);
        long count = noticeService.mine().stream().filter(notice -> notice.messageKey().equals(key)
                && notice.arguments().getFirst().equals("Erinnerungsmodul")).count();
        SignedIn.nobody();
        return count;
    }

    private LearningItem item(long moduleId) {
        return myLearning.overview().stream().filter(i -> i.kind() == AssignedKind.MODULE && i.contentId() == moduleId)
                .findFirst().orElseThrow();
    }
}
