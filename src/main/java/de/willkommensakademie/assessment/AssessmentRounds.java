package de.willkommensakademie.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.EmployeeFacts;
import de.willkommensakademie.people.JobRoleOption;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TeamService;
import de.willkommensakademie.visibility.VisibilityRules;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rounds of the self-assessment: starting one (everyone asked gets a participation, the anonymous counters are made
 * at once), ending one early, the list, and a round's stored answers for the results. Admins run rounds for the whole
 * authority, teams or job roles; a manager only for the teams they lead. Starting is one transaction: a refused round
 * leaves nothing behind.
 */
@Service
public class AssessmentRounds {

    private final AssessmentRoundRepository rounds;
    private final ParticipationRepository participations;
    private final RoundCounters counters;
    private final RoundAccess access;
    private final Questionnaires questionnaires;
    private final QuestionnaireVersions versions;
    private final StaffDirectory staff;
    private final TeamService teams;
    private final JobRoleService jobRoles;
    private final Clock clock;

    AssessmentRounds(AssessmentRoundRepository rounds, ParticipationRepository participations, RoundCounters counters,
            RoundAccess access, Questionnaires questionnaires, QuestionnaireVersions versions, StaffDirectory staff, TeamService teams,
            JobRoleService jobRoles, Clock clock) {
        this.rounds = rounds;
        this.participations = participations;
        this.counters = counters;
        this.access = access;
        this.questionnaires = questionnaires;
        this.versions = versions;
        this.staff = staff;
        this.teams = teams;
        this.jobRoles = jobRoles;
        this.clock = clock;
    }

    /** The teams the signed-in person may ask: every team for admins, their own for managers. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public List<TeamOption> teamsToAsk() {
        return access.admin() ? teams.options() : teams.myTeamOptions();
    }

    /** The job roles an admin may ask; managers ask teams only. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public List<JobRoleOption> jobRolesToAsk() {
        return access.admin() ? jobRoles.options() : List.of();
    }

    /** Whether the signed-in person may ask the whole authority (admins). */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    public boolean mayAskWholeAuthority() {
        return access.admin();
    }

    /** Starts a round, or refuses with a translated reason and stores nothing. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional
    public RoundInfo start(RoundForm form) {
        AppUser me = access.me();
        long authorityId = access.ownAuthority();
        LocalDate today = today();
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            throw new UserFacingException("assessment.round.error.title-required");
        }
        if (title.length() > RoundForm.TITLE_LENGTH) {
            throw new UserFacingException("assessment.round.error.title-too-long", RoundForm.TITLE_LENGTH);
        }
        if (form.questionnaireVersionId() == null || questionnaires.forRounds().stream()
                .noneMatch(choice -> choice.versionId() == form.questionnaireVersionId())) {
            throw new UserFacingException("assessment.round.error.questionnaire");
        }
        checkDates(form.startsOn(), form.endsOn(), form.reminderOn(), today);
        Set<RoundTarget> audience = audience(form, me);
        List<EmployeeFacts> asked = asked(authorityId, form.wholeAuthority(), audience, form.startsOn());
        if (asked.isEmpty()) {
            throw new UserFacingException("assessment.round.error.no-respondents");
        }
        QuestionnaireContent content = versions.content(form.questionnaireVersionId());
        if (content.statements().isEmpty()) {
            throw new UserFacingException("assessment.round.error.questionnaire");
        }
        AssessmentRound round = rounds.saveAndFlush(new AssessmentRound(authorityId, form.questionnaireVersionId(), title,
                form.wholeAuthority(), audience, form.startsOn(), form.endsOn(), form.reminderOn(), me.accountId(),
                clock.instant()));
        participations.saveAll(asked.stream().map(person -> new Participation(round.getId(), person.id(),
                person.teamId(), person.jobRoleId())).toList());
        counters.open(round.getId(), groups(asked), content.statements().stream()
                .map(QuestionnaireContent.Statement::key).toList());
        return info(round, Map.of(round.getId(), new int[] {asked.size(), 0}), today);
    }

    /** Ends a planned or running round today; answers are no longer taken and unfinished drafts go. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional
    public void end(long roundId, long version) {
        AssessmentRound round = access.endable(roundId);
        round.requireVersion(version);
        round.endEarly(today());
        participations.clearDrafts(roundId);
    }

    /** Whether the signed-in person may end this round early: admins any, a manager the rounds they started. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    public boolean mayEnd(RoundInfo round) {
        return round.status() != RoundStatus.ENDED && (access.admin()
                || (round.startedById() != null && round.startedById() == access.me().accountId()));
    }

    /** One page of the rounds the signed-in person sees, newest first. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public List<RoundInfo> list(Pageable pageable) {
        AppUser me = access.me();
        Set<Long> led = access.admin() ? Set.of() : access.ledTeams();
        List<AssessmentRound> page = rounds.findVisible(access.ownAuthority(), access.admin(), me.accountId(),
                led.isEmpty() ? Set.of(-1L) : led, pageable);
        return infos(page);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public long count() {
        Set<Long> led = access.admin() ? Set.of() : access.ledTeams();
        return rounds.countVisible(access.ownAuthority(), access.admin(), access.me().accountId(),
                led.isEmpty() ? Set.of(-1L) : led);
    }

    /** A round the signed-in admin or manager may see; another authority's or one outside their reach: not found. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public RoundInfo round(long roundId) {
        return infos(List.of(access.visible(roundId))).getFirst();
    }

    /** Everything stored of a round's answers (counters and comments), for a round the caller may see. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public RoundAnswers answers(long roundId) {
        access.visible(roundId);
        return counters.answers(roundId);
    }

    /**
     * The round to compare with: the latest round of the same authority that asked the same people (whole authority,
     * or the same teams and job roles) with the same questionnaire and ended before this one started; only one the
     * caller may see.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public Optional<RoundInfo> previousComparable(long roundId) {
        AssessmentRound round = access.visible(roundId);
        String key = questionnaireKey(round.questionnaireVersionId());
        return rounds.findEndedBefore(round.authorityId(), round.startsOn()).stream()
                .filter(earlier -> earlier.getId() != roundId)
                .filter(earlier -> earlier.wholeAuthority() == round.wholeAuthority()
                        && earlier.audience().equals(round.audience()))
                .filter(earlier -> key.equals(questionnaireKey(earlier.questionnaireVersionId())))
                .filter(access::sees).findFirst().map(earlier -> infos(List.of(earlier)).getFirst());
    }

    private String questionnaireKey(long versionId) {
        return versions.content(versionId).key();
    }

    private static void checkDates(LocalDate startsOn, LocalDate endsOn, LocalDate reminderOn, LocalDate today) {
        if (startsOn == null || endsOn == null) {
            throw new UserFacingException("assessment.round.error.dates-required");
        }
        if (startsOn.isBefore(today)) {
            throw new UserFacingException("assessment.round.error.start-in-past");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new UserFacingException("assessment.round.error.end-before-start");
        }
        if (reminderOn != null && (reminderOn.isBefore(startsOn) || reminderOn.isAfter(endsOn))) {
            throw new UserFacingException("assessment.round.error.reminder-outside");
        }
    }

    /** The teams and job roles asked; a manager may ask only teams they lead, an admin any of the authority's. */
    private Set<RoundTarget> audience(RoundForm form, AppUser me) {
        boolean admin = me.hasRole(Role.ADMIN);
        if (form.wholeAuthority()) {
            if (!admin) {
                throw new UserFacingException("assessment.round.error.whole-authority");
            }
            return Set.of();
        }
        if (form.teamIds().isEmpty() && form.jobRoleIds().isEmpty()) {
            throw new UserFacingException("assessment.round.error.audience-required");
        }
        Set<Long> teamsAllowed = teamsToAsk().stream().map(TeamOption::id).collect(Collectors.toSet());
        if (!teamsAllowed.containsAll(form.teamIds())) {
            throw new UserFacingException("assessment.round.error.team");
        }
        if (!form.jobRoleIds().isEmpty()) {
            if (!admin) {
                throw new UserFacingException("assessment.round.error.teams-only");
            }
            Set<Long> roles = jobRoles.options().stream().map(JobRoleOption::id).collect(Collectors.toSet());
            if (!roles.containsAll(form.jobRoleIds())) {
                throw new UserFacingException("assessment.round.error.job-role");
            }
        }
        Set<RoundTarget> audience = new LinkedHashSet<>();
        form.teamIds().stream().sorted().forEach(id -> audience.add(RoundTarget.team(id)));
        form.jobRoleIds().stream().sorted().forEach(id -> audience.add(RoundTarget.jobRole(id)));
        return audience;
    }

    /**
     * The active people asked: everyone of the authority, or those in one of the teams or with one of the roles; not
     * who joins only after the round's first day (they cannot judge the office yet).
     */
    private List<EmployeeFacts> asked(long authorityId, boolean wholeAuthority, Set<RoundTarget> audience,
            LocalDate startsOn) {
        return staff.activeFacts(authorityId).stream()
                .filter(person -> person.startDate() == null || !person.startDate().isAfter(startsOn))
                .filter(person -> wholeAuthority || audience.stream()
                .anyMatch(target -> switch (target.kind()) {
                    case TEAM -> person.teamId() != null && person.teamId() == target.targetId();
                    case JOB_ROLE -> person.jobRoleId() != null && person.jobRoleId() == target.targetId();
                    case ALL -> false;
                })).toList();
    }

    /** The whole round, and every team and job role with at least {@link VisibilityRules#MIN_GROUP} people asked. */
    static Map<RoundGroup, Integer> groups(Collection<EmployeeFacts> asked) {
        Map<RoundGroup, Integer> all = new HashMap<>();
        for (EmployeeFacts person : asked) {
            if (person.teamId() != null) {
                all.merge(new RoundGroup(GroupKind.TEAM, person.teamId()), 1, Integer::sum);
            }
            if (person.jobRoleId() != null) {
                all.merge(new RoundGroup(GroupKind.JOB_ROLE, person.jobRoleId()), 1, Integer::sum);
            }
        }
        Map<RoundGroup, Integer> groups = new LinkedHashMap<>();
        groups.put(RoundGroup.ALL, asked.size());
        all.entrySet().stream().filter(entry -> entry.getValue() >= VisibilityRules.MIN_GROUP)
                .sorted(Map.Entry.comparingByKey((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind())
                        : Long.compare(a.id(), b.id())))
                .forEach(entry -> groups.put(entry.getKey(), entry.getValue()));
        return groups;
    }

    private List<RoundInfo> infos(List<AssessmentRound> page) {
        Map<Long, int[]> totals = counters.totals(page.stream().map(AssessmentRound::getId).toList());
        LocalDate today = today();
        return page.stream().map(round -> info(round, totals, today)).toList();
    }

    static RoundInfo info(AssessmentRound round, Map<Long, int[]> totals, LocalDate today) {
        int[] people = totals.getOrDefault(round.getId(), new int[2]);
        List<RoundTarget> audience = round.audience().stream()
                .sorted((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind())
                        : Long.compare(a.targetId(), b.targetId()))
                .toList();
        return new RoundInfo(round.getId(), round.getVersion(), round.authorityId(), round.questionnaireVersionId(),
                round.title(), round.startsOn(), round.endsOn(), round.reminderOn(), round.wholeAuthority(), audience,
                people[0], people[1], round.status(today), round.startedById());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }
}
