package de.willkommensakademie.benchmark;

import de.willkommensakademie.OnPostgres;
import org.springframework.boot.test.context.SpringBootTest;

/** The team-progress scale benchmark on embedded PostgreSQL. */
@SpringBootTest
@OnPostgres
class TeamProgressBenchmarkPostgresTest extends TeamProgressBenchmark {

    @Override
    String database() {
        return "PostgreSQL";
    }
}
