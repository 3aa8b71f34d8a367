package de.willkommensakademie.language;

/** One year of a manager's team courses (by start date): how many, hours planned and attended, cost in cents. */
public record YearTotal(int year, int courses, long hoursPlanned, long hoursAttended, long costCents) {
}
