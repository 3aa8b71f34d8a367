package de.willkommensakademie.onboarding;

import java.util.List;

/**
 * What "Einarbeitung im Team" shows on one page load, read together ({@link Onboarding#teamPage()}): the counts, and
 * each person's row only where the authority's preset shows onboarding per person (empty otherwise).
 */
public record TeamOnboarding(TeamOnboardingTotals totals, List<TeamOnboardingRow> rows) {

    public TeamOnboarding {
        rows = List.copyOf(rows);
    }
}
