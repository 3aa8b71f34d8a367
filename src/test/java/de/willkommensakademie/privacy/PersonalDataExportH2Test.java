package de.willkommensakademie.privacy;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The export contract on the embedded default database. */
@SpringBootTest
@ActiveProfiles("test")
class PersonalDataExportH2Test extends PersonalDataExportContract {
}
