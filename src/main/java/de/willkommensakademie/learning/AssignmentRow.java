package de.willkommensakademie.learning;

import java.time.LocalDate;

/** One assignment of a module, as listed for trainers and managers. */
public record AssignmentRow(long id, AssignmentTarget target, long targetId, boolean mandatory, LocalDate dueDate,
        Integer dueDaysAfterStart) {
}
