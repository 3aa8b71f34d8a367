package de.willkommensakademie.assessment;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The counter SQL on the embedded default database. */
@SpringBootTest
@ActiveProfiles("test")
class RoundCountersH2Test extends RoundCountersContract {
}
