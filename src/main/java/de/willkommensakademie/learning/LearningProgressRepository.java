package de.willkommensakademie.learning;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

/** Progress records; who reads which is {@link LearningAccess}. */
interface LearningProgressRepository extends JpaRepository<LearningProgress, Long>,
        JpaSpecificationExecutor<LearningProgress> {

    List<LearningProgress> findByEmployeeIdOrderByStartedAtDesc(long employeeId);

    /** What anyone but the learner may know of these people's progress in these modules, one row per start. */
    @Query("""
            select new de.willkommensakademie.learning.ProgressFact(p.employeeId, p.moduleId, p.startedAt,
                p.completedAt, p.expiresAt)
            from LearningProgress p
            where p.authorityId = :authorityId and p.moduleId in :moduleIds and p.employeeId in :employeeIds""")
    List<ProgressFact> findFacts(long authorityId, Collection<Long> moduleIds,
            Collection<Long> employeeIds);

    /**
     * The same for everyone of the authority, but only in the modules assigned to each person (in person, through
     * their team or their job role), one row per start in no order; a module assigned to someone twice gives its rows
     * twice. The (person, module) pairs come from the assignments first and each is looked up in the progress index,
     * so it reads as many rows as there are starts of assigned modules, however many other modules people started
     * (about 50,000 of 2 million rows at the benchmark's scale). Written as pairs first because H2 otherwise starts
     * from all progress rows of the authority. The employee table is read for team and job role only, as the
     * assignments define them; their ids belong to the authority, so the progress rows do too.
     */
    @NativeQuery(value = """
            select p.employee_id, p.module_id, p.started_at, p.completed_at, p.expires_at
            from (
                select e.id as employee_id, a.content_id
                from assignment a join employee e on e.team_id = a.target_id
                where a.authority_id = :authorityId and a.target_kind = 'TEAM' and a.content_kind = 'MODULE'
                union all
                select e.id, a.content_id
                from assignment a join employee e on e.job_role_id = a.target_id
                where a.authority_id = :authorityId and a.target_kind = 'JOB_ROLE' and a.content_kind = 'MODULE'
                union all
                select a.target_id, a.content_id
                from assignment a
                where a.authority_id = :authorityId and a.target_kind = 'EMPLOYEE' and a.content_kind = 'MODULE'
            ) pair
            join learning_progress p on p.employee_id = pair.employee_id and p.module_id = pair.content_id""",
            sqlResultSetMapping = LearningProgress.FACT)
    List<ProgressFact> findAssignedFacts(long authorityId);
}
