package de.willkommensakademie.assessment;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The action plan's rules on the embedded default database. */
@SpringBootTest
@ActiveProfiles("test")
class ActionPlanH2Test extends ActionPlanContract {
}
