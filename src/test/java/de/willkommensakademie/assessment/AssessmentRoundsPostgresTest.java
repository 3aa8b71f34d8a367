package de.willkommensakademie.assessment;

import de.willkommensakademie.OnPostgres;
import org.springframework.boot.test.context.SpringBootTest;

/** Starting, listing and ending rounds on real PostgreSQL: the same rules, the queries behind them on the other database. */
@SpringBootTest
@OnPostgres
class AssessmentRoundsPostgresTest extends AssessmentRoundsTest {
}
