package de.willkommensakademie.assessment;

import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.AssignmentTarget;

/**
 * What an action assigned in the same step: a module or role-play (by its key, stable across versions and copies)
 * to a team or a job role. The assignment itself lives in the learning feature and follows its rules.
 */
public record ActionAssignment(AssignedKind kind, String contentKey, AssignmentTarget target, long targetId) {
}
