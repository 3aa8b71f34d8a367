package de.willkommensakademie.language;

/**
 * One year of a manager's team courses (by start date): how many, hours planned and attended, cost in cents.
 * {@code hidden} when the preset shows managers language records only as counts and fewer than five people took
 * courses that year; the figures are then 0, as hours and cost of so few would tell about each of them.
 */
public record YearTotal(int year, int courses, long hoursPlanned, long hoursAttended, long costCents,
        boolean hidden) {
}
