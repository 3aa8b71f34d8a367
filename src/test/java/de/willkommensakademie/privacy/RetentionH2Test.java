package de.willkommensakademie.privacy;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Retention and erasure on the embedded default database. */
@SpringBootTest
@ActiveProfiles("test")
class RetentionH2Test extends RetentionContract {
}
