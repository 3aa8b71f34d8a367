package de.willkommensakademie.provisioning;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The SCIM queries on the embedded default database. */
@SpringBootTest
@ActiveProfiles("test")
class ScimQueriesH2Test extends ScimQueriesContract {
}
