package de.willkommensakademie.privacy;

import de.willkommensakademie.OnPostgres;
import org.springframework.boot.test.context.SpringBootTest;

/** The export contract on real PostgreSQL: every export query and V26 run there. */
@SpringBootTest
@OnPostgres
class PersonalDataExportPostgresTest extends PersonalDataExportContract {
}
