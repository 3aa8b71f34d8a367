/**
 * The staff-council preset chosen per authority and {@link de.willkommensakademie.visibility.VisibilityRules}, the one
 * table of who sees what of another person's learning records. It sits below every feature so that each team view
 * (the team progress matrix, role-plays, languages and onboarding in the team, certificate notices to managers) reads
 * the same rule without a cycle between the features.
 */
package de.willkommensakademie.visibility;
