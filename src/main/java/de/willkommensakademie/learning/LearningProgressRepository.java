package de.willkommensakademie.learning;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
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
     * The same for everyone of the authority, in the modules assigned to each of them: the rows {@link ModuleStandings}
     * keeps, one per person and module, read without looking at the 2 million progress rows of the benchmark's scale.
     */
    @NativeQuery(value = """
            select employee_id, module_id, started_at, completed_at, expires_at
            from module_standing where authority_id = :authorityId""",
            sqlResultSetMapping = LearningProgress.FACT)
    List<ProgressFact> findAssignedFacts(long authorityId);

    /** The same for these people of the authority. */
    @NativeQuery(value = """
            select employee_id, module_id, started_at, completed_at, expires_at
            from module_standing where authority_id = :authorityId and employee_id in :employeeIds""",
            sqlResultSetMapping = LearningProgress.FACT)
    List<ProgressFact> findAssignedFactsOf(long authorityId, Collection<Long> employeeIds);

    /** Forgets the module standings of these people (before {@link ModuleStandings} writes them again). */
    @Modifying
    @NativeQuery("delete from module_standing where authority_id = :authorityId and employee_id in :employeeIds")
    void deleteStandings(long authorityId, Collection<Long> employeeIds);
}
