package de.willkommensakademie.learning;

import de.willkommensakademie.EmbeddedPostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The learning flow and its queries on real PostgreSQL. */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@RecordApplicationEvents
class LearningFlowPostgresTest extends LearningFlowContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
