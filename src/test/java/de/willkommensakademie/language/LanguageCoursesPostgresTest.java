package de.willkommensakademie.language;

import de.willkommensakademie.OnPostgres;

/** The same tests as {@link LanguageCoursesTest}, on real PostgreSQL. */
@OnPostgres
class LanguageCoursesPostgresTest extends LanguageCoursesTest {
}
