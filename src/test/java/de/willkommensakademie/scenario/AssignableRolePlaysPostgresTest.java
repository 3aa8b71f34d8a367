package de.willkommensakademie.scenario;

import de.willkommensakademie.OnPostgres;

/** The same tests as {@link AssignableRolePlaysTest}, its aggregate queries on real PostgreSQL. */
@OnPostgres
class AssignableRolePlaysPostgresTest extends AssignableRolePlaysTest {
}
