package de.willkommensakademie.learning;

import java.time.LocalDate;

/**
 * One assigned item of one person: whether it is mandatory, when it is due and its state. {@code since} is the day
 * that goes with the state: completed on (done), runs out on (expiring, expired), overdue since (overdue); null
 * otherwise.
 */
public record TrainingStatus(long employeeId, AssignedContent content, boolean mandatory, LocalDate due,
        TrainingState state, LocalDate since) {
}
