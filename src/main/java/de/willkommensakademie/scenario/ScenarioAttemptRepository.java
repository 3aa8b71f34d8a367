package de.willkommensakademie.scenario;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScenarioAttemptRepository extends JpaRepository<ScenarioAttempt, Long> {

    Optional<ScenarioAttempt> findByIdAndEmployeeId(long id, long employeeId);

    List<ScenarioAttempt> findByEmployeeIdOrderByStartedAtDesc(long employeeId);

    Optional<ScenarioAttempt> findFirstByEmployeeIdAndScenarioIdAndCompletedAtIsNullOrderByStartedAtDesc(
            long employeeId, long scenarioId);

    List<ScenarioAttempt> findByAuthorityIdAndScenarioVersionId(long authorityId, long scenarioVersionId);

    List<ScenarioAttempt> findByAuthorityIdAndCompletedAtNotNull(long authorityId);

    /** {@link AttemptFact}s for these people and role-plays, one per person and role-play. */
    @Query("""
            select new de.willkommensakademie.scenario.AttemptFact(a.employeeId,
                a.scenarioId, max(a.startedAt), min(a.completedAt))
            from ScenarioAttempt a
            where a.authorityId = :authorityId and a.scenarioId in :scenarioIds and a.employeeId in :employeeIds
            group by a.employeeId, a.scenarioId""")
    List<AttemptFact> findFacts(long authorityId, Collection<Long> scenarioIds, Collection<Long> employeeIds);

    /** The same for everyone of the authority. */
    @Query("""
            select new de.willkommensakademie.scenario.AttemptFact(a.employeeId,
                a.scenarioId, max(a.startedAt), min(a.completedAt))
            from ScenarioAttempt a
            where a.authorityId = :authorityId and a.scenarioId in :scenarioIds
            group by a.employeeId, a.scenarioId""")
    List<AttemptFact> findFacts(long authorityId, Collection<Long> scenarioIds);
}
