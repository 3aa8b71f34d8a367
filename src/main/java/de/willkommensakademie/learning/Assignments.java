package de.willkommensakademie.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.EmployeeOption;
import de.willkommensakademie.people.JobRoleOption;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.ManagedStaff;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TeamService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning published modules and role-plays as mandatory or recommended, to a person, a team or a job role. Trainers and admins
 * assign within their authority; managers only to their own teams and their members.
 */
@Service
public class Assignments {

    /** A due date counted in days (after the start or the assignment) lies at most this far ahead; the field's maximum. */
    public static final int MAX_DUE_DAYS = 730;

    private final AssignmentRepository assignments;
    private final Map<AssignedKind, AssignableContent> kinds;
    private final ManagedStaff employees;
    private final TeamService teams;
    private final JobRoleService jobRoles;
    private final CurrentUser currentUser;
    private final LearningAccess access;
    private final ModuleStandings standings;
    private final Clock clock;

    Assignments(AssignmentRepository assignments, List<AssignableContent> kinds, ManagedStaff employees,
            TeamService teams, JobRoleService jobRoles, CurrentUser currentUser, LearningAccess access, ModuleStandings standings,
            Clock clock) {
        this.assignments = assignments;
        this.kinds = new EnumMap<>(AssignedKind.class);
        kinds.forEach(kind -> this.kinds.put(kind.kind(), kind));
        this.employees = employees;
        this.teams = teams;
        this.jobRoles = jobRoles;
        this.currentUser = currentUser;
        this.access = access;
        this.standings = standings;
        this.clock = clock;
    }

    /** Assigns with a fixed due date, days after each person's start (see below), or no due date. */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional
    public void assign(long moduleId, AssignmentTarget target, long targetId, boolean mandatory, LocalDate dueDate,
            Integer dueDaysAfterStart) {
        assign(moduleId, target, targetId, mandatory, dueDate, dueDaysAfterStart, null);
    }

    /**
     * Assigns with at most one due rule: a fixed date, days after each person's start date (counted from today for
     * people who started earlier), or days after today's assignment.
     */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional
    public void assign(long moduleId, AssignmentTarget target, long targetId, boolean mandatory, LocalDate dueDate,
            Integer dueDaysAfterStart, Integer dueDaysAfterAssignment) {
        assign(AssignedKind.MODULE, moduleId, target, targetId, mandatory, dueDate, dueDaysAfterStart,
                dueDaysAfterAssignment);
    }

    /** Assigns a module or a role-play; the same rules for both. */
    @RolesAllowed({Role.Name.TRAINER, Role.Name.MANAGER, Role.Name.ADMIN})
    @Transactional
    public void assign(AssignedKind kind, long contentId, AssignmentTarget target, long targetId, boolean mandatory,
            LocalDate dueDate, Integer dueDaysAfterStart, Integer dueDaysAfterAssignment) {
        AppUser user = currentUser.require();
        AssignableContent content = kinds.get(kind);
        if (content == null) {
            throw new RecordNotFoundException(kind.name(), contentId);
        }
        content.requireAssignable(contentId);
        if (!Assignment.oneDueRuleAtMost(dueDate, dueDaysAfterStart, dueDaysAfterAssignment)) {
            throw new UserFacingException("assignment.error.two-due-dates");
        }
        for (Integer days : Arrays.asList(dueDaysAfterStart, dueDaysAfterAssignment)) {
            if (days != null && (days < 0 || days > MAX_DUE_DAYS)) {
                throw new UserFacingException("assignment.error.due-days");
            }
        }
        if (dueDate != null && dueDate.isBefore(LocalDate.now(clock))) {
            throw new UserFacingException("assignment.error.due-past");
        }
        boolean allowed = switch (target) {
            case EMPLOYEE -> employees.assignableEmployees().stream().map(EmployeeOption::id).anyMatch(id -> id == targetId);
            case TEAM -> teams.assignableTeams().stream().map(TeamOption::id).anyMatch(id -> id == targetId);
            case JOB_ROLE -> (user.hasRole(Role.TRAINER) || user.hasRole(Role.ADMIN))
                    && jobRoles.options().stream().map(JobRoleOption::id).anyMatch(id -> id == targetId);
        };
        if (!allowed) {
            throw new RecordNotFoundException(target.name(), targetId);
        }
        standings.assigned(assignments.save(new Assignment(access.ownAuthority(), kind, contentId, target, targetId,
                mandatory, dueDate, dueDaysAfterStart, dueDaysAfterAssignment, user.getUsername(), clock.instant())));
    }
}
