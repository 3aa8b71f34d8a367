package de.willkommensakademie.benchmark;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The team-progress scale benchmark on H2: {@code ./mvnw -Pbenchmark test -Dtest='TeamProgressBenchmark*'}. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:team-benchmark;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class TeamProgressBenchmarkTest extends TeamProgressBenchmark {

    @Override
    String database() {
        return "H2";
    }
}
