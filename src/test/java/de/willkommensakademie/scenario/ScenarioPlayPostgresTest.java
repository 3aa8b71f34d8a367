package de.willkommensakademie.scenario;

import de.willkommensakademie.OnPostgres;

/** The same tests as {@link ScenarioPlayTest}, on real PostgreSQL. */
@OnPostgres
class ScenarioPlayPostgresTest extends ScenarioPlayTest {
}
