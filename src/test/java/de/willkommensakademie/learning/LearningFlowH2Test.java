package de.willkommensakademie.learning;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The learning flow on the embedded default database. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class LearningFlowH2Test extends LearningFlowContract {
}
