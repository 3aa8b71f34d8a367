package de.willkommensakademie.scenario;

import de.willkommensakademie.base.content.ContentVersionRepository;

interface ScenarioVersionRepository extends ContentVersionRepository<ScenarioVersion> {
}
