package de.willkommensakademie.people;

import de.willkommensakademie.OnPostgres;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The repository contract on real PostgreSQL: the application starts on it, so every Flyway migration runs there
 * and Hibernate validates the schema against it.
 */
@SpringBootTest
@OnPostgres
class PeopleRepositoryPostgresTest extends PeopleRepositoryContract {
}
