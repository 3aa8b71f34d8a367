package de.willkommensakademie.assessment;

import java.time.LocalDate;
import java.util.Set;

import de.willkommensakademie.learning.Cornerstone;

/**
 * What a person fills in for an action: the round whose results it comes from, a title, the cornerstone and the
 * statements (keys of that round's questionnaire) it addresses, who owns it, by when, optionally the team it is for
 * and a note.
 */
public record ActionDraft(long roundId, String title, Cornerstone cornerstone, Set<String> statementKeys,
        Long ownerId, LocalDate dueOn, Long teamId, String note) {

    public ActionDraft {
        statementKeys = statementKeys == null ? Set.of() : Set.copyOf(statementKeys);
    }
}
