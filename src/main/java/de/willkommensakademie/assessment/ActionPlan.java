package de.willkommensakademie.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.content.ContentStatus;
import de.willkommensakademie.base.content.ContentSummary;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.Assignments;
import de.willkommensakademie.learning.ContentTitle;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.learning.ModuleLibrary;
import de.willkommensakademie.people.EmployeeOption;
import de.willkommensakademie.people.JobRoleOption;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.ManagedStaff;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TeamService;
import de.willkommensakademie.scenario.ScenarioLibrary;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan of the self-assessment: administrators and managers turn statements of a round's results into
 * actions with an owner and a due date, and may assign the modules and role-plays those statements name to a team or
 * job role in the same step, through the learning feature's assignment rules. Administrators see and change every
 * action of the authority; everybody else the actions they own or created. Owners change their actions' status.
 * Actions of other authorities, and those a person may not see, are not found.
 */
@Service
public class ActionPlan {

    /** How many of their pending actions the start page lists. */
    public static final int START_PAGE_LIMIT = 5;

    private static final Set<ActionStatus> PENDING = EnumSet.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS);

    private final AssessmentActionRepository actions;
    private final ActionAccess access;
    private final ActionRounds rounds;
    private final Assignments assignments;
    private final ModuleLibrary modules;
    private final ScenarioLibrary scenarios;
    private final ManagedStaff staff;
    private final StaffDirectory directory;
    private final TeamService teams;
    private final JobRoleService jobRoles;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    ActionPlan(AssessmentActionRepository actions, ActionAccess access, ActionRounds rounds, Assignments assignments,
            ModuleLibrary modules, ScenarioLibrary scenarios, ManagedStaff staff, StaffDirectory directory,
            TeamService teams, JobRoleService jobRoles, CurrentUser currentUser, JdbcClient jdbc, Clock clock) {
        this.actions = actions;
        this.access = access;
        this.rounds = rounds;
        this.assignments = assignments;
        this.modules = modules;
        this.scenarios = scenarios;
        this.staff = staff;
        this.directory = directory;
        this.teams = teams;
        this.jobRoles = jobRoles;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // --- choices for the dialog

    /** Rounds the caller may create actions from: those they may see that have started, newest first. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public List<RoundOption> rounds() {
        return rounds.visibleStarted().stream().map(round -> new RoundOption(round.id(), round.title(),
                round.startsOn(), round.endsOn())).toList();
    }

    /** The questionnaire of a round the caller may see (its statements are what actions address). */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public QuestionnaireContent questionnaire(long roundId) {
        return rounds.questionnaire(rounds.visible(roundId));
    }

    /**
     * Who may own an action the caller creates: for administrators everyone active in the authority, for managers
     * themselves and the active members of the teams they lead.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public List<EmployeeOption> ownerChoices() {
        AppUser user = currentUser.require();
        List<EmployeeOption> choices = new ArrayList<>(staff.assignableEmployees());
        if (choices.stream().noneMatch(option -> option.id() == user.accountId())) {
            String name = directory.names(access.ownAuthority(), List.of(user.accountId()))
                    .getOrDefault(user.accountId(), user.displayName());
            choices.add(new EmployeeOption(user.accountId(), name, user.getUsername()));
            choices.sort(Comparator.comparing(EmployeeOption::fullName));
        }
        return choices;
    }

    /** The teams an action may be for: every team for administrators, their own for managers. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public List<TeamOption> teamChoices() {
        return isAdmin(currentUser.require()) ? teams.options() : teams.myTeamOptions();
    }

    /** Job roles the caller may assign training to in one step: administrators only (job roles reach future staff). */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public List<JobRoleOption> jobRoleChoices() {
        return isAdmin(currentUser.require()) ? jobRoles.options() : List.of();
    }

    /**
     * The modules and role-plays the statements of a round name, each with its title when a published one with that
     * key is visible in the authority (only those can be assigned).
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public List<LinkedContent> linkedContent(long roundId, Collection<String> statementKeys) {
        QuestionnaireContent questionnaire = rounds.questionnaire(rounds.visible(roundId));
        Map<String, ContentSummary> publishedModules = published(AssignedKind.MODULE);
        Map<String, ContentSummary> publishedScenarios = published(AssignedKind.ROLE_PLAY);
        Set<LinkedContent> linked = new LinkedHashSet<>();
        for (QuestionnaireContent.Statement statement : questionnaire.statements()) {
            if (!statementKeys.contains(statement.key())) {
                continue;
            }
            statement.modules().forEach(key -> linked.add(linked(AssignedKind.MODULE, key, publishedModules)));
            statement.scenarios().forEach(key -> linked.add(linked(AssignedKind.ROLE_PLAY, key, publishedScenarios)));
        }
        return List.copyOf(linked);
    }

    // --- writing

    /**
     * Creates an action from a round's results and, when {@code assign} is given, assigns the assignable linked
     * content of its statements to that team or job role, all in one transaction: when anything is refused nothing is
     * stored. Answers the new action's id.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional
    public long create(ActionDraft draft, AssignRequest assign) {
        AppUser user = currentUser.require();
        long authorityId = access.ownAuthority();
        ActionRounds.RoundRef round = rounds.started(draft.roundId());
        QuestionnaireContent questionnaire = rounds.questionnaire(round);
        requireValid(draft, questionnaire, true);
        AssessmentAction action = new AssessmentAction(authorityId, round.id(), draft.title(), draft.cornerstone(),
                draft.statementKeys(), draft.ownerId(), draft.teamId(), draft.dueOn(), draft.note(),
                user.accountId(), clock.instant());
        if (assign != null) {
            action.recordAssigned(assign(draft, assign));
        }
        return actions.save(action).getId();
    }

    /**
     * Changes an action loaded at {@code version} (administrators and its creator); someone else's save in between is
     * refused with the optimistic-locking message. A due date that stays as it was may lie in the past.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional
    public void update(long id, long version, ActionDraft draft) {
        AssessmentAction action = access.visible(id);
        if (!access.mayEdit(action)) {
            throw new UserFacingException("assessment.action.error.not-editable");
        }
        action.requireVersion(version);
        if (draft.roundId() != action.roundId()) {
            throw new UserFacingException("assessment.action.error.round-fixed");
        }
        QuestionnaireContent questionnaire = rounds.questionnaire(rounds.ofAuthority(action.roundId()));
        requireValid(draft, questionnaire, !draft.dueOn().equals(action.dueOn()));
        action.change(draft.title(), draft.cornerstone(), draft.statementKeys(), draft.ownerId(), draft.teamId(),
                draft.dueOn(), draft.note());
    }

    /** A new status (administrators, the creator and the owner), for the action loaded at {@code version}. */
    @PermitAll
    @Transactional
    public void changeStatus(long id, long version, ActionStatus status) {
        AssessmentAction action = access.visible(id);
        action.requireVersion(version);
        action.changeStatus(status);
    }

    // --- reading

    /**
     * A page of the actions the caller sees, soonest due first; {@code statuses} empty means any, {@code ownedOnly}
     * leaves only those the caller owns.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ActionRow> find(Set<ActionStatus> statuses, boolean ownedOnly, Pageable pageable) {
        Pageable sorted = pageable.isUnpaged() ? PageRequest.of(0, Integer.MAX_VALUE, Sort.by("dueOn", "id"))
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("dueOn", "id"));
        return rows(actions.findAll(access.listed(statuses, ownedOnly), sorted).getContent());
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long count(Set<ActionStatus> statuses, boolean ownedOnly) {
        return actions.count(access.listed(statuses, ownedOnly));
    }

    /** One action the caller sees. */
    @PermitAll
    @Transactional(readOnly = true)
    public ActionRow load(long id) {
        return rows(List.of(access.visible(id))).getFirst();
    }

    /** The caller's own open and in-progress actions, soonest due first, at most {@link #START_PAGE_LIMIT}. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ActionSummary> myPending() {
        AppUser user = currentUser.require();
        long authorityId = access.ownAuthority();
        List<AssessmentAction> owned = actions.findOwned(authorityId, user.accountId(), PENDING,
                PageRequest.of(0, START_PAGE_LIMIT));
        String name = owned.isEmpty() ? null : directory.names(authorityId, List.of(user.accountId()))
                .get(user.accountId());
        LocalDate today = LocalDate.now(clock);
        return owned.stream().map(action -> new ActionSummary(action.getId(), action.roundId(), action.title(),
                action.cornerstone(), action.status(), action.dueOn(), name, overdue(action, today))).toList();
    }

    /** Whether the caller owns any open or in-progress action (the start page shows the card only then). */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean hasPending() {
        AppUser user = currentUser.require();
        return access.authorityOf(user).map(authority -> actions.existsOwned(authority, user.accountId(), PENDING))
                .orElse(false);
    }

    /**
     * The actions created from rounds of the same authority that started before this one, by the statement keys
     * they addressed, soonest due first: the next round's results show them beside those statements. The round must
     * be one the caller may see.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public Map<String, List<ActionSummary>> addressing(long roundId) {
        ActionRounds.RoundRef round = rounds.visible(roundId);
        record Found(String statementKey, long id, long roundId, String title, String cornerstone, String status,
                LocalDate dueOn, Long ownerId) {
        }
        List<Found> found = jdbc.sql("""
                select s.statement_key, a.id, a.round_id, a.title, a.cornerstone, a.status, a.due_on, a.owner_id
                from assessment_action a
                join assessment_action_statement s on s.action_id = a.id
                join assessment_round r on r.id = a.round_id
                where a.authority_id = :authority and r.authority_id = :authority and r.starts_on < :startsOn
                order by a.due_on, a.id, s.statement_key""")
                .param("authority", round.authorityId()).param("startsOn", round.startsOn())
                .query((row, number) -> new Found(row.getString(1), row.getLong(2), row.getLong(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getObject(7, LocalDate.class),
                        (Long) row.getObject(8, Long.class)))
                .list();
        Set<Long> owners = new HashSet<>();
        found.stream().map(Found::ownerId).filter(owner -> owner != null).forEach(owners::add);
        Map<Long, String> names = directory.names(round.authorityId(), owners);
        LocalDate today = LocalDate.now(clock);
        Map<String, List<ActionSummary>> byStatement = new TreeMap<>();
        for (Found row : found) {
            ActionStatus status = ActionStatus.valueOf(row.status());
            byStatement.computeIfAbsent(row.statementKey(), key -> new ArrayList<>()).add(new ActionSummary(row.id(),
                    row.roundId(), row.title(), Cornerstone.valueOf(row.cornerstone()), status, row.dueOn(),
                    row.ownerId() == null ? null : names.get(row.ownerId()),
                    status.pending() && row.dueOn().isBefore(today)));
        }
        byStatement.replaceAll((key, list) -> List.copyOf(list));
        return byStatement;
    }

    // --- rules

    private void requireValid(ActionDraft draft, QuestionnaireContent questionnaire, boolean dueDateChanged) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new UserFacingException("assessment.action.error.title");
        }
        if (draft.title().strip().length() > ActionLimits.TITLE) {
            throw new UserFacingException("assessment.action.error.title-length", ActionLimits.TITLE);
        }
        if (draft.note() != null && draft.note().strip().length() > ActionLimits.NOTE) {
            throw new UserFacingException("assessment.action.error.note-length", ActionLimits.NOTE);
        }
        if (draft.cornerstone() == null) {
            throw new UserFacingException("assessment.action.error.cornerstone");
        }
        if (draft.statementKeys().isEmpty()) {
            throw new UserFacingException("assessment.action.error.no-statements");
        }
        Map<String, QuestionnaireContent.Statement> statements = new LinkedHashMap<>();
        questionnaire.statements().forEach(statement -> statements.put(statement.key(), statement));
        for (String key : draft.statementKeys()) {
            QuestionnaireContent.Statement statement = statements.get(key);
            if (statement == null) {
                throw new UserFacingException("assessment.action.error.statement-unknown", key);
            }
            if (statement.cornerstone() != draft.cornerstone()) {
                throw new UserFacingException("assessment.action.error.statement-cornerstone", key);
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (draft.dueOn() == null) {
            throw new UserFacingException("assessment.action.error.due-missing");
        }
        if (dueDateChanged && draft.dueOn().isBefore(today)) {
            throw new UserFacingException("assessment.action.error.due-past");
        }
        if (draft.dueOn().isAfter(today.plusDays(ActionLimits.MAX_DUE_DAYS))) {
            throw new UserFacingException("assessment.action.error.due-far", ActionLimits.MAX_DUE_DAYS);
        }
        if (draft.ownerId() == null) {
            throw new UserFacingException("assessment.action.error.owner-missing");
        }
        if (ownerChoices().stream().noneMatch(option -> option.id() == draft.ownerId())) {
            throw new UserFacingException("assessment.action.error.owner");
        }
        if (draft.teamId() != null && teamChoices().stream().noneMatch(team -> team.id() == draft.teamId())) {
            throw new UserFacingException("assessment.action.error.team");
        }
    }

    /** Assigns through {@link Assignments} (its rules, its checks) and answers what was assigned. */
    private List<ActionAssignment> assign(ActionDraft draft, AssignRequest request) {
        boolean allowed = switch (request.target()) {
            case TEAM -> teams.assignableTeams().stream().anyMatch(team -> team.id() == request.targetId());
            case JOB_ROLE -> jobRoleChoices().stream().anyMatch(role -> role.id() == request.targetId());
            case EMPLOYEE -> false;
        };
        if (!allowed) {
            throw new UserFacingException("assessment.action.error.assignment-not-allowed");
        }
        Map<AssignedKind, Map<String, ContentSummary>> published = Map.of(AssignedKind.MODULE,
                published(AssignedKind.MODULE), AssignedKind.ROLE_PLAY, published(AssignedKind.ROLE_PLAY));
        List<LinkedContent> linked = linkedContent(draft.roundId(), draft.statementKeys()).stream()
                .filter(LinkedContent::assignable).toList();
        if (linked.isEmpty()) {
            throw new UserFacingException("assessment.action.error.nothing-to-assign");
        }
        List<ActionAssignment> done = new ArrayList<>();
        for (LinkedContent content : linked) {
            long contentId = published.get(content.kind()).get(content.key()).id();
            assignments.assign(content.kind(), contentId, request.target(), request.targetId(), request.mandatory(),
                    draft.dueOn(), null, null);
            done.add(new ActionAssignment(content.kind(), content.key(), request.target(), request.targetId()));
        }
        return done;
    }

    /**
     * Published items of a kind visible in the authority, by key: where a key exists twice (a shared copy kept its
     * key), the authority's own comes first, then the shipped library's.
     */
    private Map<String, ContentSummary> published(AssignedKind kind) {
        List<ContentSummary> found = kind == AssignedKind.MODULE
                ? modules.find(null, ContentStatus.PUBLISHED, Pageable.unpaged())
                : scenarios.find(null, ContentStatus.PUBLISHED, Pageable.unpaged());
        Map<String, ContentSummary> byKey = new LinkedHashMap<>();
        found.stream().sorted(Comparator.comparing((ContentSummary summary) -> !summary.editable())
                .thenComparing(summary -> !summary.library()))
                .forEach(summary -> byKey.putIfAbsent(summary.key(), summary));
        return byKey;
    }

    private static LinkedContent linked(AssignedKind kind, String key, Map<String, ContentSummary> published) {
        ContentSummary summary = published.get(key);
        return new LinkedContent(kind, key, summary == null ? null
                : new ContentTitle(summary.titleDe(), summary.titleEn(), true));
    }

    private List<ActionRow> rows(List<AssessmentAction> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        long authorityId = access.ownAuthority();
        Set<Long> people = new HashSet<>();
        Set<Long> roundIds = new HashSet<>();
        for (AssessmentAction action : page) {
            Optional.ofNullable(action.ownerId()).ifPresent(people::add);
            roundIds.add(action.roundId());
        }
        Map<Long, String> names = directory.names(authorityId, people);
        Map<Long, String> roundTitles = rounds.titles(roundIds);
        LocalDate today = LocalDate.now(clock);
        return page.stream().map(action -> new ActionRow(action.getId(), action.getVersion(), action.roundId(),
                roundTitles.get(action.roundId()), action.title(), action.cornerstone(),
                action.statementKeys().stream().sorted().toList(), action.ownerId(),
                action.ownerId() == null ? null : names.get(action.ownerId()), action.teamId(), action.dueOn(),
                action.status(), overdue(action, today), action.note(), action.assigned(), access.mayEdit(action),
                true)).toList();
    }

    private static boolean overdue(AssessmentAction action, LocalDate today) {
        return action.status().pending() && action.dueOn().isBefore(today);
    }

    private static boolean isAdmin(AppUser user) {
        return user.hasRole(Role.ADMIN);
    }
}
