package de.willkommensakademie.learning;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    /** Everything that applies to one person: assigned to them, their team or their job role. */
    @Query("""
            select a from Assignment a
            where a.authorityId = :authorityId
              and ((a.targetKind = de.willkommensakademie.learning.AssignmentTarget.EMPLOYEE and a.targetId = :employeeId)
                or (a.targetKind = de.willkommensakademie.learning.AssignmentTarget.TEAM and a.targetId = :teamId)
                or (a.targetKind = de.willkommensakademie.learning.AssignmentTarget.JOB_ROLE and a.targetId = :jobRoleId))""")
    List<Assignment> findApplying(long authorityId, long employeeId, long teamId, long jobRoleId);

    /** Everything that applies to any of these people (the caller matches assignments to people). */
    @Query("""
            select a from Assignment a
            where a.authorityId = :authorityId
              and ((a.targetKind = de.willkommensakademie.learning.AssignmentTarget.EMPLOYEE and a.targetId in :employeeIds)
                or (a.targetKind = de.willkommensakademie.learning.AssignmentTarget.TEAM and a.targetId in :teamIds)
                or (a.targetKind = de.willkommensakademie.learning.AssignmentTarget.JOB_ROLE and a.targetId in :jobRoleIds))""")
    List<Assignment> findApplyingToAny(long authorityId, Collection<Long> employeeIds,
            Collection<Long> teamIds, Collection<Long> jobRoleIds);

    List<Assignment> findByAuthorityId(long authorityId);
}
