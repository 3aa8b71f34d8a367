package de.willkommensakademie.learning;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One kind of content that can be assigned (modules here, role-plays in the scenario feature). Assignments, due dates,
 * statuses and reminders are the same for every kind; only these look-ups differ.
 */
public interface AssignableContent {

    AssignedKind kind();

    /**
     * Refuses an item the signed-in person may not assign: {@link de.willkommensakademie.base.RecordNotFoundException}
     * when they cannot see it, a {@link de.willkommensakademie.base.UserFacingException} with
     * {@code assignment.error.not-published} when it is not published.
     */
    void requireAssignable(long contentId);

    /** Titles of these items (ids that do not exist are left out). */
    Map<Long, ContentTitle> titles(Collection<Long> contentIds);

    /**
     * Where these people stand with these items, one fact per person and item: the latest start, the completion
     * that counts and when it runs out. One query naming the people, so at most
     * {@link ProgressFacts#MAX_LISTED_PEOPLE} of them (more are refused; use {@link #assignedProgress}); never
     * scores, answers, attempts or time spent.
     */
    List<ProgressFact> progress(long authorityId, Collection<Long> employeeIds, Collection<Long> contentIds);

    /**
     * What team views need of these people (at most {@link ProgressFacts#MAX_LISTED_PEOPLE}): one fact per person and
     * item of these that is assigned to them; facts about items they were not assigned may come along (callers
     * match facts to what applies). The same facts as {@link #progress} for every assigned item, read the cheapest
     * way the kind of content allows.
     */
    List<ProgressFact> assignedProgress(long authorityId, Collection<Long> employeeIds, Collection<Long> contentIds);

    /**
     * The same for everyone of the authority, for whole-authority views and jobs: one fact per person and item of
     * this kind that is assigned to them (in person, through their team or their job role), nothing for items they
     * started without having them assigned. One query that grows with what is assigned, not with all progress.
     */
    List<ProgressFact> assignedProgress(long authorityId);
}
