package de.willkommensakademie.learning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.willkommensakademie.people.EmployeeFacts;

/** Assignments matched to the people they apply to: in person, through their team or through their job role. */
final class AssignedTo {

    private record Target(AssignmentTarget kind, long id) {
    }

    private final List<Assignment> all;
    private final Map<Target, List<Assignment>> byTarget;

    private AssignedTo(List<Assignment> all) {
        this.all = all;
        this.byTarget = all.stream().collect(Collectors.groupingBy(a -> new Target(a.targetKind(), a.targetId())));
    }

    /** Everything of the authority that applies to any of these people, in one query. */
    static AssignedTo read(AssignmentRepository assignments, long authorityId, Collection<EmployeeFacts> people) {
        Set<Long> employeeIds = new HashSet<>();
        // never empty: an empty list would be a syntax error in some databases' "in ()"
        Set<Long> teamIds = new HashSet<>(Set.of(-1L));
        Set<Long> jobRoleIds = new HashSet<>(Set.of(-1L));
        for (EmployeeFacts person : people) {
            employeeIds.add(person.id());
            if (person.teamId() != null) {
                teamIds.add(person.teamId());
            }
            if (person.jobRoleId() != null) {
                jobRoleIds.add(person.jobRoleId());
            }
        }
        return new AssignedTo(assignments.findApplyingToAny(authorityId, employeeIds, teamIds, jobRoleIds));
    }

    /** These assignments (for example all of an authority). */
    static AssignedTo of(List<Assignment> assignments) {
        return new AssignedTo(assignments);
    }

    List<Assignment> all() {
        return all;
    }

    /** What applies to this person. */
    List<Assignment> to(EmployeeFacts person) {
        List<Assignment> theirs = new ArrayList<>(
                byTarget.getOrDefault(new Target(AssignmentTarget.EMPLOYEE, person.id()), List.of()));
        if (person.teamId() != null) {
            theirs.addAll(byTarget.getOrDefault(new Target(AssignmentTarget.TEAM, person.teamId()), List.of()));
        }
        if (person.jobRoleId() != null) {
            theirs.addAll(byTarget.getOrDefault(new Target(AssignmentTarget.JOB_ROLE, person.jobRoleId()), List.of()));
        }
        return theirs;
    }

    /** Whether this assignment applies to this person. */
    static boolean appliesTo(Assignment assignment, EmployeeFacts person) {
        return switch (assignment.targetKind()) {
            case EMPLOYEE -> assignment.targetId() == person.id();
            case TEAM -> person.teamId() != null && assignment.targetId() == person.teamId();
            case JOB_ROLE -> person.jobRoleId() != null && assignment.targetId() == person.jobRoleId();
        };
    }
}
