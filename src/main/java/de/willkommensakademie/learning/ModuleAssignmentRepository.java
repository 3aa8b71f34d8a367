package de.willkommensakademie.learning;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ModuleAssignmentRepository extends JpaRepository<ModuleAssignment, Long> {

    /** Everything that applies to one person: assigned to them, their team or their job role. */
    @Query("""
            select a from ModuleAssignment a
            where a.authorityId = :authorityId
              and ((a.targetKind = de.willkommensakademie.learning.AssignmentTarget.EMPLOYEE and a.targetId = :employeeId)
                or (a.targetKind = de.willkommensakademie.learning.AssignmentTarget.TEAM and a.targetId = :teamId)
                or (a.targetKind = de.willkommensakademie.learning.AssignmentTarget.JOB_ROLE and a.targetId = :jobRoleId))""")
    List<ModuleAssignment> findApplying(long authorityId, long employeeId, long teamId, long jobRoleId);
}
