package de.willkommensakademie.learning;

import de.willkommensakademie.OnPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The learning flow and its queries on real PostgreSQL. */
@SpringBootTest
@OnPostgres
@RecordApplicationEvents
class LearningFlowPostgresTest extends LearningFlowContract {
}
