package de.willkommensakademie.scenario;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScenarioAttemptRepository extends JpaRepository<ScenarioAttempt, Long> {

    Optional<ScenarioAttempt> findByIdAndEmployeeId(long id, long employeeId);

    List<ScenarioAttempt> findByEmployeeIdOrderByStartedAtDesc(long employeeId);

    List<ScenarioAttempt> findByAuthorityIdAndScenarioVersionId(long authorityId, long scenarioVersionId);

    List<ScenarioAttempt> findByAuthorityIdAndCompletedAtNotNull(long authorityId);
}
