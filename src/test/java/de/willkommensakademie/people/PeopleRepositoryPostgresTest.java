package de.willkommensakademie.people;

import de.willkommensakademie.EmbeddedPostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The repository contract on real PostgreSQL: the application starts on it, so every Flyway migration runs there
 * and Hibernate validates the schema against it.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class PeopleRepositoryPostgresTest extends PeopleRepositoryContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
