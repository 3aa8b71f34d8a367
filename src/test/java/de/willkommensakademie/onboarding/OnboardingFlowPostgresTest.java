package de.willkommensakademie.onboarding;

import de.willkommensakademie.OnPostgres;

/** The same tests as {@link OnboardingFlowTest}, on real PostgreSQL. */
@OnPostgres
class OnboardingFlowPostgresTest extends OnboardingFlowTest {
}
