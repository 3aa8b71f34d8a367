package de.willkommensakademie.assessment;

import de.willkommensakademie.OnPostgres;
import org.springframework.boot.test.context.SpringBootTest;

/** The counter SQL on real PostgreSQL. */
@SpringBootTest
@OnPostgres
class RoundCountersPostgresTest extends RoundCountersContract {
}
