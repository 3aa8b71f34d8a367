package de.willkommensakademie.learning;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Picking the fact that counts per person and item from all their starts. */
public final class ProgressFacts {

    /**
     * Above this many people the progress of a whole authority is read and filtered in memory rather than naming
     * every person in the query (databases limit the number of parameters, and the plan gets no better).
     */
    public static final int MAX_LISTED_PEOPLE = 1000;

    private ProgressFacts() {
    }

    /**
     * The newest start per person and item, from facts sorted newest start first, keeping only these people. A
     * later start after an expired completion is what counts, as on the learner's own page.
     */
    public static List<ProgressFact> latest(List<ProgressFact> newestFirst, Collection<Long> employeeIds) {
        Set<Long> wanted = employeeIds instanceof Set<Long> set ? set : new HashSet<>(employeeIds);
        Map<String, ProgressFact> latest = new LinkedHashMap<>();
        for (ProgressFact fact : newestFirst) {
            if (wanted.contains(fact.employeeId())) {
                latest.putIfAbsent(fact.employeeId() + "/" + fact.contentId(), fact);
            }
        }
        return List.copyOf(latest.values());
    }
}
