package de.willkommensakademie.learning;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** All assignments of one module to one person, merged: mandatory if any is, due at the earliest date. */
record Applying(boolean mandatory, LocalDate due) {

    /** Module id → what applies, from the assignments that apply to a person with this start date. */
    static Map<Long, Applying> byModule(Iterable<Assignment> assignments, LocalDate startDate) {
        Map<Long, Applying> applying = new HashMap<>();
        byContent(assignments, startDate).forEach((content, merged) -> {
            if (content.kind() == AssignedKind.MODULE) {
                applying.put(content.id(), merged);
            }
        });
        return applying;
    }

    /** Item → what applies, for every kind of content. */
    static Map<AssignedContent, Applying> byContent(Iterable<Assignment> assignments, LocalDate startDate) {
        Map<AssignedContent, Applying> applying = new HashMap<>();
        for (Assignment assignment : assignments) {
            applying.merge(assignment.content(), new Applying(assignment.mandatory(), assignment.dueFor(startDate)),
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
