package de.willkommensakademie.assessment;

import de.willkommensakademie.learning.AssignmentTarget;

/**
 * "Assign in one step": the modules and role-plays linked to the action's statements go to this team or job role
 * ({@link AssignmentTarget#TEAM} or {@link AssignmentTarget#JOB_ROLE}), due on the action's due date.
 */
public record AssignRequest(AssignmentTarget target, long targetId, boolean mandatory) {
}
