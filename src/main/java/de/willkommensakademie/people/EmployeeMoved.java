package de.willkommensakademie.people;

/**
 * Published in the transaction that changes what is assigned to a person through their place: their team or job role
 * changed, or they were reactivated. Listeners that keep per-person figures (learning's module standings) recompute
 * them in the same transaction, so nothing is committed half-updated.
 */
public record EmployeeMoved(long authorityId, long employeeId) {
}
