package de.willkommensakademie.people;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The repository contract on the embedded default database. */
@SpringBootTest
@ActiveProfiles("test")
class PeopleRepositoryH2Test extends PeopleRepositoryContract {
}
