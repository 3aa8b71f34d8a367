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
     * Up to this many people are named in a progress query; views of more people read the progress of assigned items
     * of the whole authority instead ({@link AssignableContent#assignedProgress}): databases limit the number of
     * parameters, and the plan gets no better.
     */
    public static final int MAX_LISTED_PEOPLE = 1000;

    private ProgressFacts() {
    }

    /** One person's facts about one item. */
    private record Pair(long employeeId, long contentId) {

        @Override
        public int hashCode() {
            return spread(employeeId, contentId);
        }
    }

    /**
     * A hash of two ids for map keys of (person, item) pairs. A record's own hash (31 × first + second) lets
     * consecutive ids collide in bulk (person n with item m+31 equals person n+1 with item m), so a whole
     * authority's pairs piled up in few buckets.
     */
    private static int spread(long first, long second) {
        long mixed = first * 0x9E3779B97F4A7C15L + second;
        mixed = (mixed ^ (mixed >>> 32)) * 0xC2B2AE3D27D4EB4FL;
        return (int) (mixed ^ (mixed >>> 29));
    }

    /**
     * The latest start per person and item, from facts in any order, keeping only these people. A later start after
     * an expired completion is what counts, as on the learner's own page.
     */
    public static List<ProgressFact> latest(Collection<ProgressFact> facts, Collection<Long> employeeIds) {
        Set<Long> wanted = employeeIds instanceof Set<Long> set ? set : new HashSet<>(employeeIds);
        return latest(facts.stream().filter(fact -> wanted.contains(fact.employeeId())).toList());
    }

    /** The latest start per person and item, from facts in any order (the same fact twice counts once). */
    public static List<ProgressFact> latest(Collection<ProgressFact> facts) {
        Map<Pair, ProgressFact> latest = new LinkedHashMap<>();
        for (ProgressFact fact : facts) {
            latest.merge(new Pair(fact.employeeId(), fact.contentId()), fact,
                    (kept, other) -> other.startedAt().isAfter(kept.startedAt()) ? other : kept);
        }
        return List.copyOf(latest.values());
    }

    /** Refuses more people than one query may name. */
    public static void requireListable(Collection<Long> employeeIds) {
        if (employeeIds.size() > MAX_LISTED_PEOPLE) {
            throw new IllegalArgumentException(employeeIds.size() + " people are more than a query names ("
                    + MAX_LISTED_PEOPLE + "); read the assigned progress of the whole authority instead");
        }
    }
}
