package de.willkommensakademie.assessment;

import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.ContentTitle;

/**
 * A module or role-play a statement names, as the action dialog offers it for "assign in one step": {@code title} is
 * null and it cannot be assigned when no published item with that key is visible in the authority.
 */
public record LinkedContent(AssignedKind kind, String key, ContentTitle title) {

    public boolean assignable() {
        return title != null;
    }
}
