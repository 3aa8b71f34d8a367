package de.willkommensakademie.scenario;

import de.willkommensakademie.OnPostgres;

/** The same tests as {@link ScenarioLibraryTest}, on real PostgreSQL. */
@OnPostgres
class ScenarioLibraryPostgresTest extends ScenarioLibraryTest {
}
