package de.willkommensakademie.base.events;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Events that survive a failing listener, on the embedded default database. */
@SpringBootTest
@ActiveProfiles("test")
class EventRetriesH2Test extends EventRetriesContract {
}
