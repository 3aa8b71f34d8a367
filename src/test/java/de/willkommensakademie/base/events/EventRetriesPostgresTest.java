package de.willkommensakademie.base.events;

import de.willkommensakademie.OnPostgres;
import org.springframework.boot.test.context.SpringBootTest;

/** Events that survive a failing listener, with the publication table and its queries on real PostgreSQL. */
@SpringBootTest
@OnPostgres
class EventRetriesPostgresTest extends EventRetriesContract {
}
