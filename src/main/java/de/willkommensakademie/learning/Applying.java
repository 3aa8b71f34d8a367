package de.willkommensakademie.learning;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** All assignments of one module to one person, merged: mandatory if any is, due at the earliest date. */
record Applying(boolean mandatory, LocalDate due) {

    /** Module id → what applies, from the assignments that apply to a person with this start date. */
    static Map<Long, Applying> byModule(Iterable<ModuleAssignment> assignments, LocalDate startDate) {
        Map<Long, Applying> applying = new HashMap<>();
        for (ModuleAssignment assignment : assignments) {
            applying.merge(assignment.moduleId(), new Applying(assignment.mandatory(), assignment.dueFor(startDate)),
                    Applying::merge);
        }
        return applying;
    }

    Applying merge(Applying other) {
        LocalDate earliest = due == null ? other.due : other.due == null ? due
                : due.isBefore(other.due) ? due : other.due;
        return new Applying(mandatory || other.mandatory, earliest);
    }
}
