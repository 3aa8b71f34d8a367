package de.willkommensakademie.scenario;

import de.willkommensakademie.OnPostgres;

/** The same tests as {@link ShippedContentByHashTest}, on real PostgreSQL. */
@OnPostgres
class ShippedContentByHashPostgresTest extends ShippedContentByHashTest {
}
