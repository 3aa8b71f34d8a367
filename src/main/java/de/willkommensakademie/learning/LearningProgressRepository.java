package de.willkommensakademie.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LearningProgressRepository extends JpaRepository<LearningProgress, Long> {

    List<LearningProgress> findByEmployeeIdOrderByStartedAtDesc(long employeeId);

    Optional<LearningProgress> findByIdAndEmployeeId(long id, long employeeId);

    Optional<LearningProgress> findFirstByEmployeeIdAndModuleIdOrderByStartedAtDesc(long employeeId, long moduleId);

    @Query("""
            select p from LearningProgress p
            where p.authorityId = :authorityId and p.moduleId = :moduleId and p.employeeId in :employeeIds
              and p.completedAt is not null
            order by p.employeeId, p.completedAt""")
    List<LearningProgress> findCompleted(long authorityId, long moduleId, java.util.Collection<Long> employeeIds);

    /** Everyone's progress in these modules within one authority, newest start first (for the daily reminders). */
    List<LearningProgress> findByAuthorityIdAndModuleIdInOrderByStartedAtDesc(long authorityId,
            java.util.Collection<Long> moduleIds);

    /** What anyone but the learner may know of their progress in these modules, newest start first. */
    @Query("""
            select new de.willkommensakademie.learning.ProgressFact(p.employeeId, p.moduleId, p.startedAt,
                p.completedAt, p.expiresAt)
            from LearningProgress p
            where p.authorityId = :authorityId and p.moduleId in :moduleIds and p.employeeId in :employeeIds
            order by p.startedAt desc""")
    List<ProgressFact> findFacts(long authorityId, java.util.Collection<Long> moduleIds,
            java.util.Collection<Long> employeeIds);

    /** The same for everyone of the authority. */
    @Query("""
            select new de.willkommensakademie.learning.ProgressFact(p.employeeId, p.moduleId, p.startedAt,
                p.completedAt, p.expiresAt)
            from LearningProgress p
            where p.authorityId = :authorityId and p.moduleId in :moduleIds
            order by p.startedAt desc""")
    List<ProgressFact> findFacts(long authorityId, java.util.Collection<Long> moduleIds);
}
