package de.willkommensakademie.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.willkommensakademie.people.EmployeeFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status of everything assigned to a group of people, for team views, digests and reminders: one rule
 * ({@link Standing}) for modules and role-plays alike. Trusted server-side code like the staff directory: the caller
 * has already decided that its user may see these people (an architecture test keeps views away from it). A fixed
 * number of queries however many people and items: the assignments, then progress and titles per kind of content.
 * Progress is read in assigned items only ({@link AssignableContent#assignedProgress}; for modules from the standings
 * {@link ModuleStandings} keeps), so it grows with what is assigned, not with everything anyone ever started; for
 * more people than a query names, the whole authority's.
 */
@Component
public class TrainingStatuses {

    /** Everything assigned to the people asked about, with the titles of the items. */
    public record Assigned(List<TrainingStatus> statuses, Map<AssignedContent, ContentTitle> titles) {
    }

    private final AssignmentRepository assignments;
    private final Map<AssignedKind, AssignableContent> kinds = new EnumMap<>(AssignedKind.class);
    private final Clock clock;

    TrainingStatuses(AssignmentRepository assignments, List<AssignableContent> kinds, Clock clock) {
        this.assignments = assignments;
        kinds.forEach(kind -> this.kinds.put(kind.kind(), kind));
        this.clock = clock;
    }

    /**
     * Statuses of everything assigned to these people of one authority. A completion running out within
     * {@code expiringDays} counts as expiring. Items that are no longer published and were never started are left
     * out, as on the learner's own page.
     */
    @Transactional(readOnly = true)
    public Assigned of(long authorityId, Collection<EmployeeFacts> people, int expiringDays) {
        return of(authorityId, people, expiringDays, people.size() > ProgressFacts.MAX_LISTED_PEOPLE);
    }

    /**
     * As {@link #of(long, Collection, int)}; {@code wholeAuthority} reads all assignments of the authority and the
     * progress of every person in what is assigned to them, then keeps these people (for more people than a query
     * can name, and for tests that compare both ways on small data). Either way the statuses come from
     * {@link #status}, so both ways give the same.
     */
    @Transactional(readOnly = true)
    Assigned of(long authorityId, Collection<EmployeeFacts> people, int expiringDays, boolean wholeAuthority) {
        if (people.isEmpty()) {
            return new Assigned(List.of(), Map.of());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.systemDefault());
        AssignedTo assigned = wholeAuthority ? AssignedTo.of(assignments.findByAuthorityId(authorityId))
                : AssignedTo.read(assignments, authorityId, people);
        List<Assignment> applying = assigned.all();
        Map<AssignedKind, Set<Long>> contentIds = new EnumMap<>(AssignedKind.class);
        applying.forEach(assignment -> contentIds.computeIfAbsent(assignment.contentKind(), kind -> new HashSet<>())
                .add(assignment.contentId()));
        Set<Long> employeeIds = people.stream().map(EmployeeFacts::id).collect(Collectors.toSet());
        Map<AssignedContent, ContentTitle> titles = new HashMap<>();
        // grouped by person: a whole authority means some 100,000 look-ups, each then a short scan of one person's
        Map<Long, List<KindFact>> factsOf = new HashMap<>();
        contentIds.forEach((kind, ids) -> {
            AssignableContent content = kinds.get(kind);
            if (content == null) {
                return;
            }
            content.titles(ids).forEach((id, title) -> titles.put(new AssignedContent(kind, id), title));
            // both reads give one fact per person and item already; the whole authority's is cut to these people
            List<ProgressFact> facts = wholeAuthority ? content.assignedProgress(authorityId)
                    : content.assignedProgress(authorityId, employeeIds, ids);
            for (ProgressFact fact : facts) {
                if (employeeIds.contains(fact.employeeId())) {
                    factsOf.computeIfAbsent(fact.employeeId(), id -> new ArrayList<>()).add(new KindFact(kind, fact));
                }
            }
        });
        List<TrainingStatus> statuses = new ArrayList<>();
        for (EmployeeFacts person : people) {
            List<KindFact> theirFacts = factsOf.getOrDefault(person.id(), List.of());
            for (var entry : Applying.byContent(assigned.to(person), person.startDate()).entrySet()) {
                ContentTitle title = titles.get(entry.getKey());
                ProgressFact fact = KindFact.find(theirFacts, entry.getKey());
                if (title == null || (fact == null && !title.published())) {
                    continue;
                }
                statuses.add(status(person.id(), entry.getKey(), entry.getValue(), fact, now, today, expiringDays));
            }
        }
        return new Assigned(statuses, titles);
    }

    /** The one mapping from a learner's standing to what a manager sees. */
    static TrainingStatus status(long employeeId, AssignedContent content, Applying assigned, ProgressFact fact,
            Instant now, LocalDate today, int expiringDays) {
        Standing standing = Standing.of(assigned, fact, now, today);
        LocalDate expires = fact == null || fact.expiresAt() == null ? null
                : LocalDate.ofInstant(fact.expiresAt(), ZoneId.systemDefault());
        TrainingState state;
        LocalDate since;
        if (standing.expired()) {
            state = TrainingState.EXPIRED;
            since = expires;
        } else if (standing.group() == LearningItem.Group.DONE) {
            boolean expiring = expires != null && !expires.isAfter(today.plusDays(expiringDays));
            state = expiring ? TrainingState.EXPIRING : TrainingState.DONE;
            since = expiring ? expires : LocalDate.ofInstant(fact.completedAt(), ZoneId.systemDefault());
        } else if (standing.group() == LearningItem.Group.OVERDUE) {
            state = TrainingState.OVERDUE;
            since = standing.due();
        } else {
            state = fact != null ? TrainingState.IN_PROGRESS : TrainingState.NOT_STARTED;
            since = null;
        }
        return new TrainingStatus(employeeId, content, assigned.mandatory(), standing.due(), state, since);
    }

    /** One person's fact about an item of this kind. */
    private record KindFact(AssignedKind kind, ProgressFact fact) {

        static ProgressFact find(List<KindFact> facts, AssignedContent content) {
            for (KindFact candidate : facts) {
                if (candidate.kind == content.kind() && candidate.fact.contentId() == content.id()) {
                    return candidate.fact;
                }
            }
            return null;
        }
    }
}
