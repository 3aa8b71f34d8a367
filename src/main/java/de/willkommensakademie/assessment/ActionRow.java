package de.willkommensakademie.assessment;

import java.time.LocalDate;
import java.util.List;

import de.willkommensakademie.learning.Cornerstone;

/**
 * An action as the action plan lists it. {@code ownerName} is null when the owner was erased; {@code editable}: the
 * reader may change its fields (administrators and its creator), {@code statusChangeable}: its status (also its
 * owner).
 */
public record ActionRow(long id, long version, long roundId, String roundTitle, String title, Cornerstone cornerstone,
        List<String> statementKeys, Long ownerId, String ownerName, Long teamId, LocalDate dueOn, ActionStatus status,
        boolean overdue, String note, List<ActionAssignment> assigned, boolean editable, boolean statusChangeable) {

    public ActionRow {
        statementKeys = List.copyOf(statementKeys);
        assigned = List.copyOf(assigned);
    }
}
