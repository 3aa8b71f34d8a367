package de.willkommensakademie.provisioning;

import de.willkommensakademie.OnPostgres;
import org.springframework.boot.test.context.SpringBootTest;

/** The SCIM queries on real PostgreSQL, where V28 runs too. */
@SpringBootTest
@OnPostgres
class ScimQueriesPostgresTest extends ScimQueriesContract {
}
