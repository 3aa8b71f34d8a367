package de.willkommensakademie.language;

import de.willkommensakademie.OnPostgres;

/** The same tests as {@link LanguageRegisterTest}, on real PostgreSQL. */
@OnPostgres
class LanguageRegisterPostgresTest extends LanguageRegisterTest {
}
