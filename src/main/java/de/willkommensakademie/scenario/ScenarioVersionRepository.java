package de.willkommensakademie.scenario;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScenarioVersionRepository extends JpaRepository<ScenarioVersion, Long> {

    Optional<ScenarioVersion> findByScenarioIdAndNumber(long scenarioId, int number);
}
