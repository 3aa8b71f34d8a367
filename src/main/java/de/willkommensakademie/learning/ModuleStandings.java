package de.willkommensakademie.learning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.willkommensakademie.people.EmployeeFacts;
import de.willkommensakademie.people.EmployeeMoved;
import de.willkommensakademie.people.StaffDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the table {@code module_standing}: for every module assigned to a person that they started, the start that
 * counts (its completion and when it runs out), so whole-authority views read a row per started assignment instead of
 * looking up each assigned (person, module) pair among all progress rows. A person's rows are recomputed, in the
 * transaction of the change, whenever what they hold can change: a start or completion ({@link MyLearning}), a new
 * assignment ({@link Assignments}), the person moving team or job role or coming back ({@link EmployeeMoved}).
 * What counts is decided by the same code as the per-person read: {@link AssignedTo} and
 * {@link ProgressFacts#latest}; a contract test checks that both reads give everyone the same statuses.
 */
@Component
public class ModuleStandings {

    private final StaffDirectory staff;
    private final AssignmentRepository assignments;
    private final LearningProgressRepository progresses;
    private final JdbcTemplate jdbc;

    ModuleStandings(StaffDirectory staff, AssignmentRepository assignments, LearningProgressRepository progresses,
            JdbcTemplate jdbc) {
        this.staff = staff;
        this.assignments = assignments;
        this.progresses = progresses;
        this.jdbc = jdbc;
    }

    /** One fact per started module assigned to someone of the authority. */
    @Transactional(readOnly = true)
    List<ProgressFact> facts(long authorityId) {
        return progresses.findAssignedFacts(authorityId);
    }

    /** The same for these people (at most {@link ProgressFacts#MAX_LISTED_PEOPLE}). */
    @Transactional(readOnly = true)
    List<ProgressFact> facts(long authorityId, Collection<Long> employeeIds) {
        ProgressFacts.requireListable(employeeIds);
        return progresses.findAssignedFactsOf(authorityId, employeeIds);
    }

    /**
     * Recomputes the standings of everyone of the authority: for data written around the services (the benchmark's
     * bulk load, demo data). The application itself keeps them current.
     */
    @Transactional
    public void rebuild(long authorityId) {
        recompute(authorityId, staff.activeAndFormerIds(authorityId));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(EmployeeMoved moved) {
        recompute(moved.authorityId(), List.of(moved.employeeId()));
    }

    /** After this assignment was saved: everyone it applies to, active or not (someone may come back). */
    @Transactional(propagation = Propagation.MANDATORY)
    void assigned(Assignment assignment) {
        if (assignment.contentKind() != AssignedKind.MODULE) {
            return;
        }
        List<Long> concerned = switch (assignment.targetKind()) {
            case EMPLOYEE -> List.of(assignment.targetId());
            case TEAM -> staff.idsInTeam(assignment.authorityId(), assignment.targetId());
            case JOB_ROLE -> staff.idsWithJobRole(assignment.authorityId(), assignment.targetId());
        };
        recompute(assignment.authorityId(), concerned);
    }

    /** After this person started or completed a module. */
    @Transactional(propagation = Propagation.MANDATORY)
    void progressed(long authorityId, long employeeId) {
        recompute(authorityId, List.of(employeeId));
    }

    private void recompute(long authorityId, List<Long> employeeIds) {
        for (int from = 0; from < employeeIds.size(); from += ProgressFacts.MAX_LISTED_PEOPLE) {
            List<Long> chunk = employeeIds.subList(from,
                    Math.min(employeeIds.size(), from + ProgressFacts.MAX_LISTED_PEOPLE));
            // locked first: two recomputations of one person (two tabs, an assignment while they learn) take turns
            List<EmployeeFacts> people = staff.lockedFacts(authorityId, chunk);
            if (!people.isEmpty()) {
                write(authorityId, people);
            }
        }
    }

    private void write(long authorityId, List<EmployeeFacts> people) {
        AssignedTo assigned = AssignedTo.read(assignments, authorityId, people);
        Map<Long, Set<Long>> modulesOf = new HashMap<>();
        Set<Long> allModules = new HashSet<>();
        for (EmployeeFacts person : people) {
            for (Assignment assignment : assigned.to(person)) {
                if (assignment.contentKind() == AssignedKind.MODULE) {
                    modulesOf.computeIfAbsent(person.id(), id -> new HashSet<>()).add(assignment.contentId());
                    allModules.add(assignment.contentId());
                }
            }
        }
        List<Long> ids = people.stream().map(EmployeeFacts::id).toList();
        progresses.deleteStandings(authorityId, ids);
        if (allModules.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (ProgressFact fact : ProgressFacts.latest(progresses.findFacts(authorityId, allModules, modulesOf.keySet()))) {
            if (modulesOf.getOrDefault(fact.employeeId(), Set.of()).contains(fact.contentId())) {
                rows.add(new Object[] {fact.employeeId(), fact.contentId(), authorityId, timestamp(fact.startedAt()),
                        timestamp(fact.completedAt()), timestamp(fact.expiresAt())});
            }
        }
        jdbc.batchUpdate("""
                insert into module_standing (employee_id, module_id, authority_id, started_at, completed_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""", rows);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
