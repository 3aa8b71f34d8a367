/**
 * Onboarding checklists (Einarbeitungskonzept): versioned templates per job role with phases and items for the new
 * employee, their buddy, their manager and IT; a checklist per new person with due dates from the start date,
 * automatic ticks from completed modules and role-plays, and reminders.
 */
package de.willkommensakademie.onboarding;
