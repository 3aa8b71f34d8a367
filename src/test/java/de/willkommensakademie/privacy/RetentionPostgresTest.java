package de.willkommensakademie.privacy;

import de.willkommensakademie.OnPostgres;
import org.springframework.boot.test.context.SpringBootTest;

/** Retention and erasure on real PostgreSQL: every query and the V25 migration run there too. */
@SpringBootTest
@OnPostgres
class RetentionPostgresTest extends RetentionContract {
}
