package de.willkommensakademie.scenario;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScenarioMediaRepository extends JpaRepository<ScenarioMedia, Long> {

    List<ScenarioMedia> findByScenarioId(long scenarioId);

    Optional<ScenarioMedia> findByScenarioIdAndMediaId(long scenarioId, String mediaId);

    boolean existsByScenarioIdAndMediaId(long scenarioId, String mediaId);
}
