/**
 * Managers following their teams: the status matrix, a person's page, reminders, the weekly digest, and the
 * staff-council preset that limits what they see. {@link de.willkommensakademie.visibility.VisibilityRules} is the one
 * table of who sees what; every team view, export, digest and card asks it.
 */
package de.willkommensakademie.team;
