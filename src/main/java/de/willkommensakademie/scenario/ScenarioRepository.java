package de.willkommensakademie.scenario;

import de.willkommensakademie.base.content.AuthoredContentRepository;

/** Lists and playable scenarios come from the content kernel's visibility rule. */
interface ScenarioRepository extends AuthoredContentRepository<Scenario> {
}
