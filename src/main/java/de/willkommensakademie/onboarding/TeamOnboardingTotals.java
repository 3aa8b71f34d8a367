package de.willkommensakademie.onboarding;

import de.willkommensakademie.visibility.PeopleCount;

/**
 * Onboarding in a manager's teams as counts of people, as the authority's preset lets managers see it.
 * {@code perPerson} says whether they may also see each person's row ({@link Onboarding#team()}); when false these
 * counts are all they see, with fewer than five hidden.
 */
public record TeamOnboardingTotals(boolean perPerson, PeopleCount people, PeopleCount onboarded,
        PeopleCount withOverdue, PeopleCount waiting) {
}
