package de.willkommensakademie.assessment;

import de.willkommensakademie.OnPostgres;
import org.springframework.boot.test.context.SpringBootTest;

/** The action plan's rules on real PostgreSQL: its queries and the V31 migration run there too. */
@SpringBootTest
@OnPostgres
class ActionPlanPostgresTest extends ActionPlanContract {
}
