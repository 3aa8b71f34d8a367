package de.willkommensakademie.scenario;

import de.willkommensakademie.base.content.ContentMediaRepository;

interface ScenarioMediaRepository extends ContentMediaRepository<ScenarioMedia> {
}
